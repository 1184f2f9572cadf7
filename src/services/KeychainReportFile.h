#pragma once

#include "KeychainReport.h"
#include "Result.h"
#include "Status.h"

#include <QCoreApplication>

namespace AppKeys {

/// Where this machine keeps the last KeychainReport of each registry: a private file (0600, in a 0700 folder) under
/// QStandardPaths::AppDataLocation, "keychain-checks/<registry id>.json". It holds ids, hints and states, never a
/// secret. The keychain it describes is this user's, so the report is kept beside it rather than in a shared registry.
class KeychainReportFile
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::KeychainReportFile)

public:
    static QString pathFor(const QString& registryId);
    /// The last report; an unchecked one (KeychainReport::isChecked() false) when there is none yet.
    static Result<KeychainReport> read(const QString& registryId);
    static Status write(const QString& registryId, const KeychainReport& report);
};

} // namespace AppKeys
