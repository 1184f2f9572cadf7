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
class ReaderThread
{
public:
    /// What a read hands over: run from the receiver's event loop.
    using Answer = std::function<void()>;
    /// A read, made on the thread, with its connection.
    using Read = std::function<Answer(const std::shared_ptr<Database>& reader)>;

    /// A thread whose answers `receiver` gets, to be owned by it; none when the registry cannot be opened a second time
    /// (the caller then reads on its own connection).
    static std::unique_ptr<ReaderThread> open(const Database& database, QObject* receiver);
    /// Waits for the read being made, if any; the answers not yet handed over are dropped.
    ~ReaderThread();

    /// Makes `read` after those asked before; its answer runs unless the receiver or this thread is gone by then.
    void request(Read read);

private:
    ReaderThread(const Database& database, QObject* receiver);
    void run(std::stop_token stop, const Database& database);

    QObject* const m_receiver; ///< outlives this thread, which it owns
    /// Shared with the answers in the receiver's queue: false once this thread is gone.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    std::mutex m_mutex;
    std::condition_variable_any m_changed;
    std::optional<bool> m_opened;
    std::deque<Read> m_reads;
    std::jthread m_thread; ///< last: it starts at once, and uses the members above
};

} // namespace AppKeys
