#include "ReaderThread.h"

#include "Database.h"

#include <QMetaObject>

namespace AppKeys {

ReaderThread::ReaderThread(std::shared_ptr<Database> database, QObject* receiver)
    : m_database(std::move(database)), m_receiver(receiver), m_thread([this](std::stop_token stop) { run(stop); })
{
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
    if (m_opened == false)
        return readOnReceiversThread(std::move(read));
    m_reads.push_back(std::move(read));
    m_changed.notify_all();
}

void ReaderThread::run(std::stop_token stop)
{
    // Opened, used and closed on this thread; declared first, so that it closes last.
    const Result<std::shared_ptr<Database>> reader = m_database->openReader();
    std::unique_lock lock(m_mutex);
    m_opened = reader.ok();
    if (!reader) {
        // In the order asked, before any read asked from now on (request() holds the same lock).
        for (Read& read : m_reads)
            readOnReceiversThread(std::move(read));
        m_reads.clear();
        return;
    }
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

void ReaderThread::readOnReceiversThread(Read read)
{
    // One event each: a read per turn of the receiver's event loop.
    QMetaObject::invokeMethod(
        m_receiver,
        [alive = m_alive, database = m_database, read = std::move(read)] {
            if (*alive)
                read(database)();
        },
        Qt::QueuedConnection);
}

} // namespace AppKeys
