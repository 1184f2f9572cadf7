#pragma once

#include "RegistryContents.h"
#include "Result.h"

#include <memory>

namespace AppKeys {

class Database;

/// Reads every app and key row of a registry, and when its audit trail began, for AuditTableCheck.
class RegistryContentsReader
{
public:
    explicit RegistryContentsReader(std::shared_ptr<Database> database);

    Result<RegistryContents> read() const;

private:
    /// When schema version 2 (the audit trail) was applied, if that was in a later run than version 1: the registry
    /// then had apps before it had a trail. Null when both came with the registry.
    Result<QDateTime> trailStartedAt() const;

    std::shared_ptr<Database> m_database;
};

} // namespace AppKeys
