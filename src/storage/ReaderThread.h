#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

class QObject;

namespace AppKeys {

class Database;

/// Reads on a second connection to a registry (Database::openReader), on a thread of its own, and hands what each read
/// makes over through the event loop of a receiver's thread, in the order asked. The window's thread then only uses
/// what is read, between keystrokes: at 100,000 apps, a page of the expiry run took 16-22 ms of its thread, and a page
/// of the keychain sweep 2.5 ms (a keystroke in the search box waited for it).
///
/// The thread opens its connection itself, so that the receiver's thread never waits for it: on PostgreSQL that is a
/// few round trips, or the whole connect timeout when the server stopped answering since the registry was opened.
/// Where no second connection opens (an SQLite file moved away since, a server gone), each read is made on the
/// registry's own connection instead, from the receiver's event loop, one per turn, so that the receiver gets its
/// answers the same way either way.
class ReaderThread
{
public:
    /// What a read hands over: run from the receiver's event loop.
    using Answer = std::function<void()>;
    /// A read, made on the thread, with its connection (or on the receiver's thread, with the registry's own).
    using Read = std::function<Answer(const std::shared_ptr<Database>& reader)>;

    /// Starts the thread, which opens the second connection to `database`. `receiver` gets the answers, and owns this
    /// object.
    ReaderThread(std::shared_ptr<Database> database, QObject* receiver);
    /// Waits for the read being made, if any, or for the connection being opened; the answers not yet handed over
    /// are dropped.
    ~ReaderThread();
    ReaderThread(const ReaderThread&) = delete;
    ReaderThread& operator=(const ReaderThread&) = delete;

    /// Makes `read` after those asked before; its answer runs unless the receiver or this thread is gone by then.
    void request(Read read);

private:
    void run(std::stop_token stop);
    /// Hands `read` to the receiver's event loop, to be made there on the registry's own connection.
    void readOnReceiversThread(Read read);

    const std::shared_ptr<Database> m_database;
    QObject* const m_receiver; ///< outlives this thread, which it owns
    /// Shared with the answers in the receiver's queue: false once this thread is gone.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    std::mutex m_mutex;
    std::condition_variable_any m_changed;
    std::optional<bool> m_opened; ///< none while the connection is being opened
    std::deque<Read> m_reads;
    std::jthread m_thread; ///< last: it starts at once, and uses the members above
};

} // namespace AppKeys
