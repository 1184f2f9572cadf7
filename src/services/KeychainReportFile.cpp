#include "KeychainReportFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    return readLines(registryId, {});
}

Result<KeychainReport> KeychainReportFile::readFor(const QString& registryId, const QString& applicationId)
{
    // The id as the file writes it: quoted and escaped, so that neither part of a longer id nor an id with a quote in
    // it is missed or mistaken (and findingFor() still tells apart a line that holds it in another field).
    const QByteArray quoted = QJsonDocument(QJsonArray{applicationId}).toJson(QJsonDocument::Compact).mid(1);
    return readLines(registryId, quoted.chopped(1));
}

Result<KeychainReport> KeychainReportFile::readLines(const QString& registryId, const QByteArray& onlyContaining)
{
    QFile file(pathFor(registryId));
    if (!file.exists())
        return KeychainReport();
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Could not read the last keychain check %1: %2").arg(file.fileName(), file.errorString()), {}};
    const QJsonObject header = QJsonDocument::fromJson(file.readLine()).object();
    QList<KeychainReport::Finding> findings;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (!onlyContaining.isEmpty() && !line.contains(onlyContaining))
            continue;
        Result<KeychainReport::Finding> finding =
            KeychainReport::findingFromJson(QJsonDocument::fromJson(line).object());
        if (!finding)
            return finding.error();
        findings.append(std::move(finding).value());
    }
    return KeychainReport::fromJson(header, std::move(findings));
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
    file.write(QJsonDocument(report.headerJson()).toJson(QJsonDocument::Compact) + '\n');
    for (const KeychainReport::Finding& finding : report.findings())
        file.write(QJsonDocument(KeychainReport::findingJson(finding)).toJson(QJsonDocument::Compact) + '\n');
    if (!file.commit())
        return Error{tr("Could not save the keychain check %1: %2").arg(path, file.errorString()), {}};
    return {};
}

} // namespace AppKeys
