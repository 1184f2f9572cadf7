#pragma once

#include "KeychainReport.h"
#include "Result.h"
#include "Status.h"

#include <QCoreApplication>

namespace AppKeys {

/// Where this machine keeps the last KeychainReport of each registry: a private file (0600, in a 0700 folder) under
/// QStandardPaths::AppDataLocation, "keychain-checks/<registry id>.json": a JSON header line, then one JSON line per
/// finding (KeychainReport::headerJson, findingJson). It holds ids, hints and states, never a secret. The keychain it
/// describes is this user's, so the report is kept beside it rather than in a shared registry.
class KeychainReportFile
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::KeychainReportFile)

public:
    static QString pathFor(const QString& registryId);
    /// The last report; an unchecked one (KeychainReport::isChecked() false) when there is none yet.
    static Result<KeychainReport> read(const QString& registryId);
    /// The last report with the findings of one app only: the others' lines are passed over unparsed, so that `show`
    /// costs the same whatever the registry's size.
    static Result<KeychainReport> readFor(const QString& registryId, const QString& applicationId);
    static Status write(const QString& registryId, const KeychainReport& report);

private:
    /// Reads the file, parsing only the finding lines that contain `onlyContaining` (all when it is empty).
    static Result<KeychainReport> readLines(const QString& registryId, const QByteArray& onlyContaining);
};

} // namespace AppKeys
