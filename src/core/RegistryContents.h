#pragma once

#include "AppRecord.h"
#include "KeyRecord.h"

#include <QDateTime>
#include <QList>

namespace AppKeys {

/// Every app and key row of a registry, deleted apps and revoked keys included, for comparing them with the audit
/// trail (AuditTableCheck).
struct RegistryContents
{
    QList<AppRecord> apps;
    QList<KeyRecord> keys;
    /// False for a role that may not read the hash columns (a PostgreSQL support role): secretSha256 and keySha256
    /// are then empty, and credentials are compared by their hints only.
    bool hashesReadable = true;
    /// When the audit trail began, for a registry that existed before it had one (created by the first release); rows
    /// created before then need no entry. Null when the trail began with the registry.
    QDateTime trailStartedAt;
};

} // namespace AppKeys
