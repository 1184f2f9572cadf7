#include "AuditAppNames.h"
#include "AuditDetailsText.h"
#include "FixedClock.h"
#include "KeyTableModel.h"
#include "LocalTime.h"
#include "SampleApps.h"
#include "TranslationLoader.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

const QDateTime Now = FixedClock::defaultNow();

AuditEntry entry(qint64 sequence, const QString& action, const QString& applicationId, const QJsonObject& details,
                 const QString& keyHint = {})
{
    AuditEntry made;
    made.sequence = sequence;
    made.timestamp = Now.addSecs(sequence * 60);
    made.actor = u"admin@desk"_s;
    made.action = action;
    made.applicationId = applicationId;
    made.keyHint = keyHint;
    made.details = details;
    return made;
}

QList<KeyRecord> threeKeys()
{
    KeyRecord live = SampleApps::key(u"app-1"_s, Now.addDays(-5), 365);
    KeyRecord expiring = SampleApps::key(u"app-1"_s, Now.addDays(-360), 365);
    KeyRecord revoked = SampleApps::key(u"app-1"_s, Now.addDays(-30), 365);
    revoked.revokedAt = Now.addDays(-1);
    return {live, expiring, revoked};
}

} // namespace

class DetailModelsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyModelPassesTheModelTester();
    void keyModelShowsHintDatesAndStatus();
    void keysOfADeactivatedAppShowInactive();
    void detailsSummaryIsReadable();
    void appNamesComeFromTheTrailDeletedIncluded();
    void timesWithSecondsFollowTheLocale_data();
    void timesWithSecondsFollowTheLocale();
};

void DetailModelsTest::initTestCase()
{
    // The texts as the program shows them in English, with its plural forms ("1 day", "15 days").
    QVERIFY(TranslationLoader::install(u"en"_s).ok());
}

void DetailModelsTest::keyModelPassesTheModelTester()
{
    KeyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 5);
    model.setKeys(threeKeys(), true, Now);
    QCOMPARE(model.rowCount(), 3);
    model.setKeys({}, true, Now);
    QCOMPARE(model.rowCount(), 0);
}

void DetailModelsTest::keyModelShowsHintDatesAndStatus()
{
    KeyTableModel model;
    const QList<KeyRecord> keys = threeKeys();
    model.setKeys(keys, true, Now);

    QCOMPARE(model.headerData(KeyTableModel::HintColumn, Qt::Horizontal).toString(), u"Key"_s);
    QCOMPARE(model.index(0, KeyTableModel::HintColumn).data().toString(), keys.at(0).keyHint);
    QVERIFY(keys.at(0).keyHint.startsWith(u"appkey_…"_s));
    QCOMPARE(model.index(0, KeyTableModel::CreatedColumn).data().toString(), LocalTime::minutes(Now.addDays(-5)));
    QCOMPARE(model.index(0, KeyTableModel::ExpiresColumn).data().toString(), LocalTime::minutes(Now.addDays(360)));
    QCOMPARE(model.index(0, KeyTableModel::StatusColumn).data().toString(), u"Active"_s);
    QCOMPARE(model.index(1, KeyTableModel::StatusColumn).data().toString(), u"Expires in 5 days"_s);
    QCOMPARE(model.index(2, KeyTableModel::StatusColumn).data().toString(), u"Revoked"_s);
    QCOMPARE(model.index(2, KeyTableModel::StatusColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
             QColor(0xb0, 0x1c, 0x1c));
    QVERIFY(model.index(2, KeyTableModel::StatusColumn).data(Qt::ToolTipRole).toString().startsWith(u"Revoked on"_s));
    QCOMPARE(model.rowOf(keys.at(2).keyId), 2);
}

void DetailModelsTest::keysOfADeactivatedAppShowInactive()
{
    KeyTableModel model;
    model.setKeys(threeKeys(), false, Now);

    QCOMPARE(model.index(0, KeyTableModel::StatusColumn).data().toString(), u"Inactive"_s);
    QCOMPARE(model.index(1, KeyTableModel::StatusColumn).data().toString(), u"Inactive"_s);
    // A revoked key stays revoked whatever the app's state.
    QCOMPARE(model.index(2, KeyTableModel::StatusColumn).data().toString(), u"Revoked"_s);
}

void DetailModelsTest::detailsSummaryIsReadable()
{
    const QJsonObject edited{
        {u"changes"_s, QJsonObject{{u"name"_s, QJsonObject{{u"from"_s, u"Old"_s}, {u"to"_s, u"New"_s}}}}}};
    QCOMPARE(AuditDetailsText::summary(edited), u"name: “Old” → “New”"_s);
    const QJsonObject scope{{u"added"_s, QJsonArray{u"guests.read"_s, u"guests.write"_s}},
                            {u"removed"_s, QJsonArray{}}};
    QCOMPARE(AuditDetailsText::summary(scope), u"added: guests.read, guests.write; removed: —"_s);
    QCOMPARE(AuditDetailsText::summary({}), QString());
    QCOMPARE(AuditDetailsText::summary({{u"overlap_days"_s, 7}, {u"active"_s, true}}),
             u"active: true; overlap days: 7"_s);
    QVERIFY(AuditDetailsText::full(edited).contains(u"\"from\": \"Old\""_s));
}

void DetailModelsTest::appNamesComeFromTheTrailDeletedIncluded()
{
    const QList<AuditEntry> trail{
        entry(1, u"app.created"_s, u"a"_s, {{u"name"_s, u"First name"_s}}),
        entry(2, u"app.created"_s, u"b"_s, {{u"name"_s, u"Gone"_s}}),
        entry(3, u"app.details_edited"_s, u"a"_s,
              {{u"changes"_s,
                QJsonObject{{u"name"_s, QJsonObject{{u"from"_s, u"First name"_s}, {u"to"_s, u"Second name"_s}}}}}}),
        entry(4, u"app.deleted"_s, u"b"_s, {{u"name"_s, u"Gone"_s}}),
        entry(5, u"key.generated"_s, u"a"_s, {}, u"appkey_…abcd"_s)};

    AuditAppNames appNames;
    for (const AuditEntry& entry : trail)
        appNames.add(entry);
    const QHash<QString, QString>& names = appNames.names();

    QCOMPARE(names.value(u"a"_s), u"Second name"_s);
    QCOMPARE(names.value(u"b"_s), u"Gone (deleted)"_s);
    QCOMPARE(names.size(), 2);
}

void DetailModelsTest::timesWithSecondsFollowTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("format");
    QTest::newRow("en_US") << u"en_US"_s << u"M/d/yy h:mm:ss AP"_s;
    QTest::newRow("de_DE") << u"de_DE"_s << u"dd.MM.yy HH:mm:ss"_s;
    // Its time format quotes the hour's letter: "HH 'h' mm".
    QTest::newRow("fr_CA") << u"fr_CA"_s << u"yyyy-MM-dd HH 'h' mm:ss"_s;
}

void DetailModelsTest::timesWithSecondsFollowTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, format);
    const QLocale before;
    QLocale::setDefault(QLocale(locale));
    const QDateTime time = Now.addSecs(9);
    const QString shown = LocalTime::seconds(time);
    QLocale::setDefault(before);
    QCOMPARE(shown, QLocale(locale).toString(time.toLocalTime(), format));
}

QTEST_MAIN(DetailModelsTest)
#include "tst_detail_models.moc"
