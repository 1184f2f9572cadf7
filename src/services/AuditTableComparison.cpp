#include "AuditTableComparison.h"

#include "AuditLog.h"
#include "Database.h"
#include "RegistryContentsReader.h"

#include <algorithm>

namespace AppKeys {

namespace {

struct SliceCheck
{
    AuditTableCheck check;
    qint64 apps = 0;
};

/// The rows of one slice compared with the entries that change them.
Result<SliceCheck> compareSlice(const RegistryContentsReader& reader, const AuditLog& trail, const AppIdRange& slice)
{
    static const QList<AuditAction> changingTables = AuditTableCheck::replayedActions();
    const Result<RegistryContents> rows = reader.read(slice);
    if (!rows)
        return rows.error();
    AuditTableCheck::Replayer replayer;
    const Status replayed = trail.forEachEntryOfApps(slice, changingTables, [&replayer](const AuditEntry& entry) {
        replayer.add(entry);
        return Status();
    });
    if (!replayed)
        return replayed.error();
    return SliceCheck{replayer.compare(rows.value()), rows.value().apps.size()};
}

} // namespace

Result<AuditTableCheck> AuditTableComparison::compare(const std::shared_ptr<Database>& database,
                                                      const Progress& progress)
{
    AuditTableComparison comparison;
    if (Status compared = comparison.compareSlices(database, progress); !compared)
        return compared.error();
    return comparison.result();
}

Status AuditTableComparison::compareSlices(const std::shared_ptr<Database>& database, const Progress& progress,
                                           std::stop_token stop)
{
    const RegistryContentsReader reader(database);
    const Result<qint64> apps = reader.appCount();
    if (!apps)
        return apps.error();
    const AuditLog trail(database);
    while (!stop.stop_requested()) {
        const Result<std::optional<std::pair<int, AppIdRange>>> taken = takeSlice(database);
        if (!taken)
            return taken.error();
        if (!taken.value())
            return {};
        const auto& [place, slice] = *taken.value();
        const Result<SliceCheck> compared = compareSlice(reader, trail, slice);
        std::unique_lock lock(m_mutex);
        if (!compared) {
            m_failed = true;
            return compared.error();
        }
        m_checks.emplace(place, compared.value().check);
        m_totalApps = apps.value();
        m_comparedApps = std::min(m_comparedApps + compared.value().apps, apps.value());
        const qint64 comparedApps = m_comparedApps;
        lock.unlock();
        if (progress)
            progress(comparedApps, apps.value());
    }
    return {};
}

Result<std::optional<std::pair<int, AppIdRange>>>
AuditTableComparison::takeSlice(const std::shared_ptr<Database>& database)
{
    const std::lock_guard lock(m_mutex);
    if (m_lastTaken || m_failed)
        return std::optional<std::pair<int, AppIdRange>>();
    // Under the lock, as each slice starts where the last one ends: one index step over a slice's ids.
    const Result<AppIdRange> slice = RegistryContentsReader(database).sliceAfter(m_after, m_appsPerSlice);
    if (!slice) {
        m_failed = true;
        return slice.error();
    }
    m_after = slice.value().upTo;
    m_lastTaken = !slice.value().upTo;
    return std::optional(std::pair(m_slicesTaken++, slice.value()));
}

AuditTableCheck AuditTableComparison::result() const
{
    const std::lock_guard lock(m_mutex);
    AuditTableCheck tables;
    for (const auto& [place, check] : m_checks)
        tables.add(check);
    return tables;
}

qint64 AuditTableComparison::comparedApps() const
{
    const std::lock_guard lock(m_mutex);
    return m_comparedApps;
}

qint64 AuditTableComparison::totalApps() const
{
    const std::lock_guard lock(m_mutex);
    return m_totalApps;
}

} // namespace AppKeys
