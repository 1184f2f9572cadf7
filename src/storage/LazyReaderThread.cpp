#include "LazyReaderThread.h"

#include "Database.h"

#include <QTimer>

namespace AppKeys {

LazyReaderThread::LazyReaderThread(std::shared_ptr<Database> database, QObject* receiver)
    : m_database(std::move(database)), m_receiver(receiver)
{
}

LazyReaderThread::~LazyReaderThread() = default;

void LazyReaderThread::request(ReaderThread::Read read)
{
    if (!m_opened) {
        // Opening waits for the connection: on PostgreSQL a few round trips, on this thread, once.
        m_thread = ReaderThread::open(*m_database, m_receiver);
        m_opened = true;
    }
    if (m_thread)
        return m_thread->request(std::move(read));
    QTimer::singleShot(0, m_receiver, [database = m_database, read = std::move(read)] { read(database)(); });
}

} // namespace AppKeys
