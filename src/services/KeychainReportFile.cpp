#include "KeychainReportFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

/// The finding lines sorted by their bytes, as KeychainReportLookup's binary search reads them: an app's lines, which
/// all begin with its id, are next to each other. The apps are put in the order of that beginning
/// (KeychainReport::findingLinePrefix), which is the lines' order between apps, as no app's prefix begins another's
/// (each ends with its closing quote); then one app's lines at a time are built and sorted, so that a report of
/// 300,000 findings is not held a second time as lines (80 MB).
void writeSortedFindingLines(QSaveFile& file, const KeychainReport& report)
{
    const QList<KeychainReport::Finding>& findings = report.findings();
    std::vector<qsizetype> byApp(std::size_t(findings.size()));
    std::iota(byApp.begin(), byApp.end(), 0);
    std::stable_sort(byApp.begin(), byApp.end(), [&findings](qsizetype left, qsizetype right) {
        return findings.at(left).applicationId < findings.at(right).applicationId;
    });
    struct AppFindings
    {
        QByteArray linePrefix;
        std::size_t first; ///< in byApp
        std::size_t end;
    };
    std::vector<AppFindings> apps;
    for (std::size_t first = 0; first < byApp.size();) {
        const QString& applicationId = findings.at(byApp[first]).applicationId;
        std::size_t end = first + 1;
        while (end < byApp.size() && findings.at(byApp[end]).applicationId == applicationId)
            ++end;
        apps.push_back({KeychainReport::findingLinePrefix(applicationId), first, end});
        first = end;
    }
    std::sort(apps.begin(), apps.end(),
              [](const AppFindings& left, const AppFindings& right) { return left.linePrefix < right.linePrefix; });
    for (const AppFindings& app : apps) {
        std::vector<QByteArray> lines;
        for (std::size_t at = app.first; at < app.end; ++at)
            lines.push_back(KeychainReport::findingLine(findings.at(byApp[at])));
        std::sort(lines.begin(), lines.end());
        for (const QByteArray& line : lines)
            file.write(line + '\n');
    }
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
    writeSortedFindingLines(file, report);
    if (!file.commit())
        return Error{tr("Could not save the keychain check %1: %2").arg(path, file.errorString()), {}};
    return {};
}

} // namespace AppKeys
