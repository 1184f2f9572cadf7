#pragma once

#include "KeychainReport.h"
#include "Result.h"

#include <QCoreApplication>
#include <QFile>
#include <memory>

namespace AppKeys {

/// The last KeychainReport of a registry as KeychainReportFile keeps it, opened once and asked an app at a time
/// (`show`, `list`). The file's finding lines are sorted by their bytes and each begins with its app's id, so one app's
/// lines are found by a binary search over the mapped file: a question costs the same whatever the report's size, and
/// the other apps' lines are neither parsed nor held.
class KeychainReportLookup
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::KeychainReportLookup)

public:
    /// A lookup with no report: every app unchecked.
    KeychainReportLookup() = default;

    /// The registry's last report; a lookup with no report when no sweep has written one yet.
    static Result<KeychainReportLookup> open(const QString& registryId);

    /// The report with one app's findings only; an Error when one of its lines is not one this version writes.
    Result<KeychainReport> reportFor(const QString& applicationId) const;

private:
    /// The offset in m_lines of the first line that is not less than `prefix` (m_lines' size when none is).
    qsizetype firstLineNotBefore(QByteArrayView prefix) const;

    std::unique_ptr<QFile> m_file; ///< kept open: it holds the mapping
    QByteArrayView m_lines;        ///< its finding lines, after the header
    KeychainReport m_header;       ///< when and by whom, with no findings
};

} // namespace AppKeys
