#pragma once

#include "AuditEntry.h"

#include <QJsonObject>
#include <QStringList>

namespace AppKeys {

/// Audit entries as the command line's JSON and CSV give them, hashes included so that an export can be checked.
class AuditJson
{
public:
    /// The keys of entry(), in the order CSV columns use.
    static QStringList fieldNames();
    static QJsonObject entry(const AuditEntry& entry);
};

} // namespace AppKeys
