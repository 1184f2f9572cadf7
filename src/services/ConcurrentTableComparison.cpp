#include "ConcurrentTableComparison.h"

#include "Database.h"
#include "ReadSnapshot.h"

namespace AppKeys {

ConcurrentTableComparison::ConcurrentTableComparison(const Database& database)
    : m_thread([this, &database](std::stop_token stop) { run(stop, database); })
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_announced.has_value(); });
}

ConcurrentTableComparison::~ConcurrentTableComparison()
{
    m_thread.request_stop();
    m_thread.join();
}

std::optional<AuditTableCheck> ConcurrentTableComparison::finish(const std::shared_ptr<Database>& database,
                                                                 const AuditTableComparison::Progress& progress)
{
    qint64 reported = -1;
    const Status own = m_comparison.compareSlices(database, [&reported, &progress](qint64 compared, qint64 total) {
        reported = compared;
        if (progress)
            progress(compared, total);
    });
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_threadOutcome.has_value(); });
    if (!own || !*m_threadOutcome)
        return std::nullopt;
    lock.unlock();
    // The thread's last slices, compared while this one waited or took none.
    if (progress && m_comparison.comparedApps() != reported)
        progress(m_comparison.comparedApps(), m_comparison.totalApps());
    return m_comparison.result();
}

void ConcurrentTableComparison::run(std::stop_token stop, const Database& database)
{
    // Declared in this order so that the snapshot ends before its connection closes, both on this thread.
    const Result<std::shared_ptr<Database>> reader = database.openReader();
    if (!reader)
        return announceBegun(false);
    ReadSnapshot snapshot(reader.value()->connection());
    const bool begun = snapshot.begin().ok();
    announceBegun(begun);
    if (!begun)
        return;
    const Status outcome = m_comparison.compareSlices(reader.value(), {}, stop);
    const std::lock_guard lock(m_mutex);
    m_threadOutcome = outcome;
    m_changed.notify_all();
}

void ConcurrentTableComparison::announceBegun(bool begun)
{
    const std::lock_guard lock(m_mutex);
    m_announced = begun;
    m_changed.notify_all();
}

} // namespace AppKeys
