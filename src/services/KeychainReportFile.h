#pragma once

#include "KeychainReport.h"
#include "SortedLines.h"
#include "Status.h"

#include <QCoreApplication>
#include <QDateTime>
#include <memory>

namespace AppKeys {

/// Where this machine keeps the last KeychainReport of each registry: a private file (0600, in a 0700 folder) under
/// QStandardPaths::AppDataLocation, "keychain-checks/<registry id>.json": a JSON header line, then a line per finding
/// sorted by its bytes (KeychainReport::headerJson, findingLine), read by KeychainReportLookup. It holds ids, hints and
/// states, never a secret. The keychain it describes is this user's, so the report is kept beside it rather than in a
/// shared registry.
/// A report is written a finding at a time as the sweep finds them, and sorted in bounded memory (SortedLines), so
/// that no process holds every finding of a registry whose credentials are all elsewhere. The file is replaced at
/// once by commit(): a reader sees the last report or the new one, whole.
class KeychainReportFile
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::KeychainReportFile)

public:
    /// Begins a report of the registry's credentials in this keychain, checked at `checkedAt` by `checkedBy`.
    KeychainReportFile(const QString& registryId, QDateTime checkedAt, QString checkedBy);

    /// Adds a finding. The first problem (no folder, a full disk) is kept for commit(); later findings are counted.
    void add(const KeychainReport::Finding& finding);
    /// The findings added.
    qsizetype findingCount() const { return m_findingCount; }
    /// Writes the report in place of the last one; the first problem met since the report began.
    Status commit();

    static QString pathFor(const QString& registryId);
    /// A whole report at once: what a test or a report in memory writes.
    static Status write(const QString& registryId, const KeychainReport& report);

private:
    QString m_path;
    KeychainReport m_header; ///< when and by whom, with no findings
    std::unique_ptr<SortedLines> m_lines;
    qsizetype m_findingCount = 0;
    Status m_problem;
};

} // namespace AppKeys
