#include "ExportDocument.h"

#include "AppJson.h"
#include "AuditJson.h"
#include "ExportWriter.h"

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
    QString text;
    QTextStream stream(&text);
    ExportWriter::write(stream, format, m_csvColumns, [this](ExportWriter& writer) { return addRecords(writer); });
    stream.flush();
    return text;
}

Status ExportDocument::writeFile(const QString& filePath, Format format) const
{
    return ExportWriter::writeFile(filePath, format, m_csvColumns,
                                   [this](ExportWriter& writer) { return addRecords(writer); });
}

Status ExportDocument::addRecords(ExportWriter& writer) const
{
    for (const QJsonValue& record : m_records)
        writer.add(record.toObject());
    return {};
}

} // namespace AppKeys
