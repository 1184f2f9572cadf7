#pragma once

#include "KeychainReport.h"
#include "Status.h"

#include <QCoreApplication>

namespace AppKeys {

/// Where this machine keeps the last KeychainReport of each registry: a private file (0600, in a 0700 folder) under
/// QStandardPaths::AppDataLocation, "keychain-checks/<registry id>.json": a JSON header line, then a line per finding
/// sorted by its bytes (KeychainReport::headerJson, findingLine), read by KeychainReportLookup. It holds ids, hints and
/// states, never a secret. The keychain it describes is this user's, so the report is kept beside it rather than in a
/// shared registry.
class KeychainReportFile
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::KeychainReportFile)

public:
    static QString pathFor(const QString& registryId);
    static Status write(const QString& registryId, const KeychainReport& report);
};

} // namespace AppKeys
