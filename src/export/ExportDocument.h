#pragma once

#include "AppOverview.h"
#include "AuditEntry.h"
#include "Status.h"

#include <QJsonArray>
#include <QStringList>

namespace AppKeys {

class ExportWriter;

/// Apps or audit entries as `appkeys export` and the window's Export write them: AppJson / AuditJson records, as
/// CSV by CsvWriter or as an indented JSON array, so that a file from the window and one from the command line
/// compare equal.
class ExportDocument
{
public:
    enum class Format
    {
        Csv,
        Json
    };

    static ExportDocument ofApps(const QList<AppOverview>& apps);
    static ExportDocument ofAudit(const QList<AuditEntry>& entries);

    QString text(Format format) const;
    /// Writes text(format) to the file all at once, readable by its owner only (PrivateFile): a failed write leaves
    /// what was there before, and a name that is not a plain file is refused.
    Status writeFile(const QString& filePath, Format format) const;

private:
    ExportDocument(QStringList csvColumns, QJsonArray records);

    Status addRecords(ExportWriter& writer) const;

    QStringList m_csvColumns;
    QJsonArray m_records;
};

} // namespace AppKeys
