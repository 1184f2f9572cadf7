#include "ReaderThread.h"

#include "Database.h"

#include <QMetaObject>

namespace AppKeys {

std::unique_ptr<ReaderThread> ReaderThread::open(const Database& database, QObject* receiver)
{
    std::unique_ptr<ReaderThread> thread(new ReaderThread(database, receiver));
    return *thread->m_opened ? std::move(thread) : nullptr;
}

ReaderThread::ReaderThread(const Database& database, QObject* receiver)
    : m_receiver(receiver), m_thread([this, &database](std::stop_token stop) { run(stop, database); })
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_opened.has_value(); });
}

ReaderThread::~ReaderThread()
{
    *m_alive = false; // on the receiver's thread, as the answers are handed over there
    m_thread.request_stop();
    m_thread.join();
}

void ReaderThread::request(Read read)
{
    const std::lock_guard lock(m_mutex);
    m_reads.push_back(std::move(read));
    m_changed.notify_all();
}

void ReaderThread::run(std::stop_token stop, const Database& database)
{
    // Opened, used and closed on this thread; declared first, so that it closes last.
    const Result<std::shared_ptr<Database>> reader = database.openReader();
    std::unique_lock lock(m_mutex);
    m_opened = reader.ok();
    m_changed.notify_all();
    if (!reader)
        return;
    while (m_changed.wait(lock, stop, [this] { return !m_reads.empty(); })) {
        Read read = std::move(m_reads.front());
        m_reads.pop_front();
        lock.unlock();
        Answer answer = read(reader.value());
        // Let go of before the answer may run: what the read holds (its asker, say) must end on the receiver's thread.
        read = nullptr;
        QMetaObject::invokeMethod(
            m_receiver,
            [alive = m_alive, answer = std::move(answer)] {
                if (*alive)
                    answer();
            },
            Qt::QueuedConnection);
        lock.lock();
    }
}

} // namespace AppKeys
