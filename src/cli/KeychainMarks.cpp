#include "KeychainMarks.h"

#include "Database.h"
#include "IsoTime.h"
#include "JsonMember.h"
#include "KeyRules.h"

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

/// The members of json(), for both of its forms.
template <typename Object>
void putMarks(Object& object, const KeychainReport& report, const AppOverview& overview, const QDateTime& now)
{
    using namespace JsonMember;
    const QList<KeychainReport::Finding> findings = report.findingsFor(overview, now);
    QList<Object> keys;
    for (const KeyRecord& key : overview.keys) {
        if (!KeyRules::isLive(key, now))
            continue;
        Object entry = elementOf(object);
        put(entry, "key_id", key.keyId);
        put(entry, "hint", key.keyHint);
        put(entry, "state", stateOf(report, findings, key.keyId));
        keys.append(entry);
    }
    QStringList problems;
    for (const KeychainReport::Finding& finding : findings)
        problems.append(KeychainReport::text(finding, report.checkedBy()));
    if (report.isChecked())
        put(object, "checked_at", IsoTime::text(report.checkedAt()));
    else
        putNull(object, "checked_at");
    put(object, "secret", stateOf(report, findings, {}));
    put(object, "keys", keys);
    put(object, "problems", problems);
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
    QJsonObject object;
    putMarks(object, report, overview, now);
    return object;
}

JsonObjectText jsonText(const KeychainReport& report, const AppOverview& overview, const QDateTime& now, int depth)
{
    JsonObjectText object(depth);
    putMarks(object, report, overview, now);
    return object;
}

} // namespace AppKeys::KeychainMarks
