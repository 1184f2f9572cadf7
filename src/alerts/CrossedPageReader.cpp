#include "CrossedPageReader.h"

#include "Database.h"

#include <QMetaObject>

namespace AppKeys {

std::unique_ptr<CrossedPageReader> CrossedPageReader::open(const Database& database, QObject* receiver)
{
    std::unique_ptr<CrossedPageReader> reader(new CrossedPageReader(database, receiver));
    return *reader->m_opened ? std::move(reader) : nullptr;
}

CrossedPageReader::CrossedPageReader(const Database& database, QObject* receiver)
    : m_receiver(receiver), m_thread([this, &database](std::stop_token stop) { run(stop, database); })
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_opened.has_value(); });
}

CrossedPageReader::~CrossedPageReader()
{
    *m_alive = false; // on the receiver's thread, as the answers are handed over there
    m_thread.request_stop();
    m_thread.join();
}

void CrossedPageReader::request(const QString& afterApplicationId, const ExpiryAlertPlanner& planner, Done done)
{
    const std::lock_guard lock(m_mutex);
    m_requests.push_back({afterApplicationId, planner, std::move(done)});
    m_changed.notify_all();
}

void CrossedPageReader::run(std::stop_token stop, const Database& database)
{
    // Opened, used and closed on this thread; declared first, so that it closes last. A page of 250 apps is read by
    // three queries; 8 MB of the file kept for them (the window's own connection) were 6 MB more at 100,000 apps.
    const Result<std::shared_ptr<Database>> reader = database.openReader(SqlDialect::PageCache::Small);
    std::unique_lock lock(m_mutex);
    m_opened = reader.ok();
    m_changed.notify_all();
    if (!reader)
        return;
    while (m_changed.wait(lock, stop, [this] { return !m_requests.empty(); })) {
        Request request = std::move(m_requests.front());
        m_requests.pop_front();
        lock.unlock();
        Result<CrossedPage> page = CrossedPage::after(reader.value(), request.afterApplicationId, request.planner);
        QMetaObject::invokeMethod(
            m_receiver,
            [alive = m_alive, done = std::move(request.done), page = std::move(page)]() mutable {
                if (*alive)
                    done(std::move(page));
            },
            Qt::QueuedConnection);
        lock.lock();
    }
}

} // namespace AppKeys
