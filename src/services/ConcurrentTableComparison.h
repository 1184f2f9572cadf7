#pragma once

#include "AuditTableComparison.h"

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace AppKeys {

class Database;

/// Compares the tables with the audit trail (AuditTableComparison) on two threads, each with a connection of its own:
/// a thread started here (Database::openReader) begins while the caller walks the chain on its connection, and the
/// caller takes the slices it has not reached once the walk is done. On two cores `audit verify` then takes about half
/// as long as the walk and the comparison one after the other. Both must read one instant of the registry: the caller
/// reads a commit marker (ReadSnapshot::commitMarker), constructs this, which returns once its snapshot is taken, then
/// begins its own snapshot; a different marker there means that something was committed in between, and the caller
/// drops this and compares on its own connection.
class ConcurrentTableComparison
{
public:
    /// `database` must outlive this; only its connection's settings are read on the thread.
    explicit ConcurrentTableComparison(const Database& database);
    /// Stops the thread's comparison after the slice being compared, and waits for the thread.
    ~ConcurrentTableComparison();
    ConcurrentTableComparison(const ConcurrentTableComparison&) = delete;
    ConcurrentTableComparison& operator=(const ConcurrentTableComparison&) = delete;

    /// Whether the thread took its snapshot: not when its connection could not be opened or read.
    bool hasBegun() const { return *m_announced; }
    /// Only when hasBegun(): compares the slices the thread has not taken, on the calling thread through `database`
    /// (in the thread's snapshot), then waits for the thread. `progress` is called on the calling thread, after each
    /// slice it compared and once the thread is done. Every slice's comparison; nullopt when a read failed on either
    /// connection, for the caller to compare on its own, which then tells what is wrong if anything still is.
    std::optional<AuditTableCheck> finish(const std::shared_ptr<Database>& database,
                                          const AuditTableComparison::Progress& progress);

private:
    void run(std::stop_token stop, const Database& database);
    void announceBegun(bool begun);

    AuditTableComparison m_comparison;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::optional<bool> m_announced; ///< set once, before the constructor returns
    std::optional<Status> m_threadOutcome;
    std::jthread m_thread; ///< last: it starts at once, and uses the members above
};

} // namespace AppKeys
