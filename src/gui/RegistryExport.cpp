#include "RegistryExport.h"

#include <QSaveFile>

namespace AppKeys {

Status RegistryExport::writeApps(const QString& filePath, Format format, const QList<AppOverview>& apps)
{
    return write(filePath, ExportDocument::ofApps(apps).text(format));
}

Status RegistryExport::writeAudit(const QString& filePath, Format format, const QList<AuditEntry>& entries)
{
    return write(filePath, ExportDocument::ofAudit(entries).text(format));
}

Status RegistryExport::write(const QString& filePath, const QString& text)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Could not write “%1”: %2").arg(filePath, file.errorString()),
                     tr("Check that the folder exists and can be written to, or choose another file.")};
    file.write(text.toUtf8());
    if (file.commit())
        return {};
    return Error{tr("Could not write “%1”: %2").arg(filePath, file.errorString()),
                 tr("Check that the disk is not full, or choose another file.")};
}

} // namespace AppKeys
