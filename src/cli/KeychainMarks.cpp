#include "KeychainMarks.h"

#include "Database.h"
#include "KeyRules.h"
#include "TimeFormat.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace AppKeys::KeychainMarks {

namespace {

QString stateOf(const KeychainReport& report, const QList<KeychainReport::Finding>& findings, const QString& keyId)
{
    for (const KeychainReport::Finding& finding : findings) {
        if (finding.keyId == keyId)
            return KeychainReport::storageString(finding.state);
    }
    return KeychainReport::storageString(report.isChecked() ? KeychainReport::State::Present
                                                            : KeychainReport::State::Unchecked);
}

} // namespace

KeychainReportLookup lastReports(const Database& database)
{
    Result<KeychainReportLookup> reports = KeychainReportLookup::open(database.registryId());
    return reports ? std::move(reports).value() : KeychainReportLookup();
}

KeychainReport lastReportFor(const KeychainReportLookup& reports, const QString& applicationId)
{
    Result<KeychainReport> report = reports.reportFor(applicationId);
    return report ? std::move(report).value() : KeychainReport();
}

QJsonObject json(const KeychainReport& report, const AppOverview& overview, const QDateTime& now)
{
    const QList<KeychainReport::Finding> findings = report.findingsFor(overview, now);
    QJsonArray keys;
    for (const KeyRecord& key : overview.keys) {
        if (KeyRules::isLive(key, now))
            keys.append(QJsonObject{{u"key_id"_s, key.keyId},
                                    {u"hint"_s, key.keyHint},
                                    {u"state"_s, stateOf(report, findings, key.keyId)}});
    }
    QJsonArray problems;
    for (const KeychainReport::Finding& finding : findings)
        problems.append(KeychainReport::text(finding, report.checkedBy()));
    return {{u"checked_at"_s, report.isChecked() ? QJsonValue(TimeFormat::iso(report.checkedAt())) : QJsonValue()},
            {u"secret"_s, stateOf(report, findings, {})},
            {u"keys"_s, keys},
            {u"problems"_s, problems}};
}

} // namespace AppKeys::KeychainMarks
