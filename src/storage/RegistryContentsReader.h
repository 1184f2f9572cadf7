#pragma once

#include "AppIdRange.h"
#include "RegistryContents.h"
#include "Result.h"
#include "Status.h"

#include <memory>

namespace AppKeys {

class Database;

/// Reads the app and key rows of a registry, a slice of application ids at a time, and when its audit trail began,
/// for AuditTableCheck.
class RegistryContentsReader
{
public:
    explicit RegistryContentsReader(std::shared_ptr<Database> database);

    /// The slice of the next `appsPerSlice` app ids after `after` (from the first id when unset), in the order of the
    /// ids; its upTo is unset when fewer are left, and it runs to the end. Slices taken in turn, each after the last
    /// one's upTo, hold every app row and every key row (of deleted and missing apps too), each once; readers with a
    /// connection each, in one snapshot, may take them in turn between them.
    Result<AppIdRange> sliceAfter(const std::optional<QString>& after, int appsPerSlice) const;
    /// The rows of one slice: only one slice is in memory at a time.
    Result<RegistryContents> read(const AppIdRange& slice) const;
    /// How many app rows there are, deleted ones included: the number of apps the slices hold.
    Result<qint64> appCount() const;

private:
    /// When schema version 2 (the audit trail) was applied, if that was in a later run than version 1: the registry
    /// then had apps before it had a trail. Null when both came with the registry.
    Result<QDateTime> trailStartedAt() const;

    std::shared_ptr<Database> m_database;
};

} // namespace AppKeys
