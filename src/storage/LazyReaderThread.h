#pragma once

#include "ReaderThread.h"

#include <memory>

class QObject;

namespace AppKeys {

class Database;

/// A ReaderThread opened at the first read asked of it, and kept: a window that never reads a second page opens no
/// second connection. Where none opens (an SQLite file moved away since it was opened, say), each read is made on the
/// registry's own connection instead, from the receiver's event loop, one per turn, so that the receiver gets its
/// answers the same way either way.
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
    bool m_opened = false;
    std::unique_ptr<ReaderThread> m_thread; ///< none before the first read, or when no second connection opened
};

} // namespace AppKeys
