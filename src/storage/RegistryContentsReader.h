#pragma once

#include "AppIdRange.h"
#include "RegistryContents.h"
#include "Result.h"
#include "Status.h"

#include <functional>
#include <memory>

namespace AppKeys {

class Database;

/// Reads the app and key rows of a registry, a slice of application ids at a time, and when its audit trail began,
/// for AuditTableCheck.
class RegistryContentsReader
{
public:
    using Take = std::function<Status(const AppIdRange& slice, const RegistryContents& contents)>;

    explicit RegistryContentsReader(std::shared_ptr<Database> database);

    /// Hands over the rows `appsPerSlice` app ids at a time, in the order of the ids: the slices together hold every
    /// app row and every key row (of deleted and missing apps too), each once, and only one slice is in memory at a
    /// time. Stops at the first error, `take`'s included.
    Status forEachSlice(int appsPerSlice, const Take& take) const;
    /// How many app rows there are, deleted ones included: the number of apps forEachSlice() hands over.
    Result<qint64> appCount() const;

private:
    /// The id `appsPerSlice` ids after `after` (from the first when unset), which ends a slice; nullopt when fewer are
    /// left, and the slice from `after` runs to the end.
    Result<std::optional<QString>> sliceEnd(const std::optional<QString>& after, int appsPerSlice) const;
    Result<RegistryContents> read(const AppIdRange& slice, const QDateTime& trailStartedAt) const;
    /// When schema version 2 (the audit trail) was applied, if that was in a later run than version 1: the registry
    /// then had apps before it had a trail. Null when both came with the registry.
    Result<QDateTime> trailStartedAt() const;

    std::shared_ptr<Database> m_database;
};

} // namespace AppKeys
