#include "KeychainReportFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace AppKeys {

QString KeychainReportFile::pathFor(const QString& registryId)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/keychain-checks/"_s + registryId +
           u".json"_s;
}

Result<KeychainReport> KeychainReportFile::read(const QString& registryId)
{
    QFile file(pathFor(registryId));
    if (!file.exists())
        return KeychainReport();
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Could not read the last keychain check %1: %2").arg(file.fileName(), file.errorString()), {}};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    return KeychainReport::fromJson(document.object());
}

Status KeychainReportFile::write(const QString& registryId, const KeychainReport& report)
{
    const QString path = pathFor(registryId);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error{tr("Could not create the folder %1 for the keychain check.").arg(folder), {}};
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Could not save the keychain check %1: %2").arg(path, file.errorString()), {}};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error{tr("Could not save the keychain check %1: %2").arg(path, file.errorString()), {}};
    return {};
}

} // namespace AppKeys
