#include "LazyReaderThread.h"

namespace AppKeys {

LazyReaderThread::LazyReaderThread(std::shared_ptr<Database> database, QObject* receiver)
    : m_database(std::move(database)), m_receiver(receiver)
{
}

LazyReaderThread::~LazyReaderThread() = default;

void LazyReaderThread::request(ReaderThread::Read read)
{
    if (!m_thread)
        m_thread = std::make_unique<ReaderThread>(m_database, m_receiver);
    m_thread->request(std::move(read));
}

} // namespace AppKeys
