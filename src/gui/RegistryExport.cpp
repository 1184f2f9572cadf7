#include "RegistryExport.h"

#include "AppJson.h"
#include "AuditJson.h"
#include "CsvWriter.h"

#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

namespace AppKeys {

Status RegistryExport::writeApps(const QString& filePath, Format format, const QList<AppOverview>& apps)
{
    QJsonArray records;
    for (const AppOverview& overview : apps)
        records.append(AppJson::app(overview));
    return write(filePath, format, AppJson::appFieldNames(), records);
}

Status RegistryExport::writeAudit(const QString& filePath, Format format, const QList<AuditEntry>& entries)
{
    QJsonArray records;
    for (const AuditEntry& entry : entries)
        records.append(AuditJson::entry(entry));
    return write(filePath, format, AuditJson::fieldNames(), records);
}

Status RegistryExport::write(const QString& filePath, Format format, const QStringList& csvColumns,
                             const QJsonArray& records)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Could not write “%1”: %2").arg(filePath, file.errorString()),
                     tr("Check that the folder exists and can be written to, or choose another file.")};
    if (format == Format::Json) {
        file.write(QJsonDocument(records).toJson(QJsonDocument::Indented));
    } else {
        QTextStream stream(&file);
        stream.setEncoding(QStringConverter::Utf8);
        CsvWriter(stream).writeRecords(csvColumns, records);
        stream.flush();
    }
    if (file.commit())
        return {};
    return Error{tr("Could not write “%1”: %2").arg(filePath, file.errorString()),
                 tr("Check that the disk is not full, or choose another file.")};
}

} // namespace AppKeys
