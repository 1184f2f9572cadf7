#pragma once

#include "AppIdRange.h"
#include "AuditTableCheck.h"
#include "Result.h"
#include "Status.h"

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <stop_token>

namespace AppKeys {

class Database;

/// The registry's tables compared with its audit trail (AuditTableCheck), a slice of apps at a time: the entries that
/// change the slice's apps and keys replayed (AuditTableCheck::Replayer), then compared with their rows. The entries
/// are read again, beside or after the walk of the chain, and not kept from it: a slice's entries are what is in
/// memory, not every app's replayed state, and only the entries that change tables are read.
///
/// Threads may share the work (ConcurrentTableComparison): each calls compareSlices() with a connection of its own,
/// all in one snapshot, and takes the next slice no one has taken, so that they finish together whatever each slice
/// costs.
class AuditTableComparison
{
public:
    /// Apps compared (by every thread) of the apps there are.
    using Progress = std::function<void(qint64 compared, qint64 total)>;
    /// The tables are compared this many apps at a time, with their keys and entries: a slice is what is in memory.
    static constexpr int AppsPerSlice = 1000;

    explicit AuditTableComparison(int appsPerSlice = AppsPerSlice) : m_appsPerSlice(appsPerSlice) {}

    /// Every slice, on this thread: the whole comparison.
    static Result<AuditTableCheck> compare(const std::shared_ptr<Database>& database, const Progress& progress);

    /// Compares the slices no one has taken, one at a time, through `database` (the calling thread's connection),
    /// until none is left, a stop is requested through `stop` (the result is then incomplete: for a caller that no
    /// longer wants it), or a read fails (which stops the other threads too, after their slice). `progress` is called
    /// on this thread after each slice it compared.
    Status compareSlices(const std::shared_ptr<Database>& database, const Progress& progress,
                         std::stop_token stop = {});
    /// The checks of every slice, in the order of the slices; once every compareSlices() has returned without error.
    AuditTableCheck result() const;
    qint64 comparedApps() const;
    /// The apps there are; -1 until a slice was compared.
    qint64 totalApps() const;

private:
    /// The next slice no one has taken, and its place in the order; nullopt when none is left (or a thread failed).
    Result<std::optional<std::pair<int, AppIdRange>>> takeSlice(const std::shared_ptr<Database>& database);

    const int m_appsPerSlice;
    mutable std::mutex m_mutex;
    std::optional<QString> m_after; ///< where the next slice starts
    bool m_lastTaken = false;
    bool m_failed = false;
    int m_slicesTaken = 0;
    qint64 m_totalApps = -1;
    qint64 m_comparedApps = 0;
    std::map<int, AuditTableCheck> m_checks; ///< by the slice's place in the order
};

} // namespace AppKeys
