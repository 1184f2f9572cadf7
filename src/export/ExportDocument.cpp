#include "ExportDocument.h"

#include "AppJson.h"
#include "AuditJson.h"
#include "CsvWriter.h"
#include "PrivateFile.h"

#include <QJsonDocument>
#include <QTextStream>

namespace AppKeys {

ExportDocument::ExportDocument(QStringList csvColumns, QJsonArray records)
    : m_csvColumns(std::move(csvColumns)), m_records(std::move(records))
{
}

ExportDocument ExportDocument::ofApps(const QList<AppOverview>& apps)
{
    QJsonArray records;
    for (const AppOverview& overview : apps)
        records.append(AppJson::app(overview));
    return {AppJson::appFieldNames(), records};
}

ExportDocument ExportDocument::ofAudit(const QList<AuditEntry>& entries)
{
    QJsonArray records;
    for (const AuditEntry& entry : entries)
        records.append(AuditJson::entry(entry));
    return {AuditJson::fieldNames(), records};
}

QString ExportDocument::text(Format format) const
{
    if (format == Format::Csv)
        return csvText();
    return QString::fromUtf8(QJsonDocument(m_records).toJson(QJsonDocument::Indented));
}

Status ExportDocument::writeFile(const QString& filePath, Format format) const
{
    return PrivateFile::write(filePath, text(format).toUtf8());
}

QString ExportDocument::csvText() const
{
    QString text;
    QTextStream stream(&text);
    CsvWriter(stream).writeRecords(m_csvColumns, m_records);
    stream.flush();
    return text;
}

} // namespace AppKeys
