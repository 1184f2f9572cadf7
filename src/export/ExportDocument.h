#pragma once

#include "AppOverview.h"
#include "AuditEntry.h"
#include "Status.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace AppKeys {

/// Apps or audit entries as `appkeys export` and the window's Export write them: AppJson / AuditJson records, as
/// CSV by CsvWriter or as an indented JSON array, so that a file from the window and one from the command line
/// compare equal.
class ExportDocument
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::ExportDocument)

public:
    enum class Format
    {
        Csv,
        Json
    };

    static ExportDocument ofApps(const QList<AppOverview>& apps);
    static ExportDocument ofAudit(const QList<AuditEntry>& entries);

    QString text(Format format) const;
    /// Writes text(format) to the file all at once (QSaveFile): a failed write leaves what was there before.
    Status writeFile(const QString& filePath, Format format) const;

private:
    ExportDocument(QStringList csvColumns, QJsonArray records);

    QString csvText() const;

    QStringList m_csvColumns;
    QJsonArray m_records;
};

} // namespace AppKeys
