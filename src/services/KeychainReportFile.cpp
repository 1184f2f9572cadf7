#include "KeychainReportFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

/// Sorted by their bytes, as KeychainReportLookup's binary search reads them: an app's lines, which all begin with its
/// id, are next to each other.
std::vector<QByteArray> sortedFindingLines(const KeychainReport& report)
{
    std::vector<QByteArray> lines;
    lines.reserve(report.findings().size());
    for (const KeychainReport::Finding& finding : report.findings())
        lines.push_back(KeychainReport::findingLine(finding));
    std::sort(lines.begin(), lines.end());
    return lines;
}

} // namespace

QString KeychainReportFile::pathFor(const QString& registryId)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/keychain-checks/"_s + registryId +
           u".json"_s;
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
    for (const QByteArray& line : sortedFindingLines(report))
        file.write(line + '\n');
    if (!file.commit())
        return Error{tr("Could not save the keychain check %1: %2").arg(path, file.errorString()), {}};
    return {};
}

} // namespace AppKeys
