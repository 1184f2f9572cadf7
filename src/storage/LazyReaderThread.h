#pragma once

#include "ReaderThread.h"

#include <memory>

class QObject;

namespace AppKeys {

class Database;

/// A ReaderThread started at the first read asked of it, and kept: a window that never reads a second page opens no
/// second connection.
class LazyReaderThread
{
public:
    /// `receiver` gets the answers, and owns this object.
    LazyReaderThread(std::shared_ptr<Database> database, QObject* receiver);
    ~LazyReaderThread();
    LazyReaderThread(const LazyReaderThread&) = delete;
    LazyReaderThread& operator=(const LazyReaderThread&) = delete;

    /// Makes `read` after those asked before (see ReaderThread::request).
    void request(ReaderThread::Read read);

private:
    const std::shared_ptr<Database> m_database;
    QObject* const m_receiver;
    std::unique_ptr<ReaderThread> m_thread; ///< none before the first read
};

} // namespace AppKeys
