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

Error notSaved(const QString& path, const QString& detail)
{
    return Error{KeychainReportFile::tr("Could not save the keychain check %1: %2").arg(path, detail), {}};
}

} // namespace

KeychainReportFile::KeychainReportFile(const QString& registryId, QDateTime checkedAt, QString checkedBy)
    : m_path(pathFor(registryId)), m_header(std::move(checkedAt), std::move(checkedBy), {})
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder)) {
        m_problem = Error{tr("Could not create the folder %1 for the keychain check.").arg(folder), {}};
        return;
    }
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // In the private folder: the lines being sorted hold the same ids and hints as the report.
    m_lines = std::make_unique<SortedLines>(folder);
}

void KeychainReportFile::add(const KeychainReport::Finding& finding)
{
    ++m_findingCount;
    if (!m_problem)
        return;
    if (Status added = m_lines->add(KeychainReport::findingLine(finding)); !added)
        m_problem = notSaved(m_path, added.error().message);
}

Status KeychainReportFile::commit()
{
    if (!m_problem)
        return m_problem;
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return notSaved(m_path, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(m_header.headerJson()).toJson(QJsonDocument::Compact) + '\n');
    if (Status sorted = m_lines->writeTo(file); !sorted)
        return notSaved(m_path, sorted.error().message);
    if (!file.commit())
        return notSaved(m_path, file.errorString());
    return {};
}

QString KeychainReportFile::pathFor(const QString& registryId)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/keychain-checks/"_s + registryId +
           u".json"_s;
}

Status KeychainReportFile::write(const QString& registryId, const KeychainReport& report)
{
    KeychainReportFile file(registryId, report.checkedAt(), report.checkedBy());
    for (const KeychainReport::Finding& finding : report.findings())
        file.add(finding);
    return file.commit();
}

} // namespace AppKeys
