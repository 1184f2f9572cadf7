#include "AppNameKeyMigration.h"
#include "AppRepository.h"
#include "ErrorCode.h"
#include "ErrorText.h"
#include "RawSql.h"
#include "SampleApps.h"
#include "SchemaMigrator.h"
#include "TemporaryRegistry.h"
#include "TestEngine.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

const QDateTime Monday = QDateTime(QDate(2025, 3, 3), QTime(9, 30), Qt::UTC);

} // namespace

/// Names that look alike are one name: NFKC-normalised and case-folded keys (AppNameKey), in the registry's unique
/// index and in every lookup, and recomputed for registries made before (schema version 6).
class NameKeysTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aLookAlikeNameIsTaken();
    void anAppIsFoundByALookAlikeName();
    void version6RecomputesTheKeysAndKeepsEveryApp();
};

void NameKeysTest::initTestCase()
{
    if (const QString unavailable = TestEngine::unavailableReason(); !unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
}

void NameKeysTest::aLookAlikeNameIsTaken()
{
    TemporaryRegistry registry;
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    QVERIFY(registry.repository()->insertApp(SampleApps::record(u"Booking"_s, Monday)).ok());

    QCOMPARE(registry.repository()->isNameTaken(u"Ｂｏｏｋｉｎｇ"_s).value(), true);
    QCOMPARE(registry.repository()->isNameTaken(u"Booking 2"_s).value(), false);
    // The index itself refuses it, whatever checked the name before.
    const Status inserted = registry.repository()->insertApp(SampleApps::record(u"ＢＯＯＫＩＮＧ"_s, Monday));
    QVERIFY(!inserted.ok());
    QCOMPARE(inserted.error().code, ErrorCode::NameTaken);
    QCOMPARE(inserted.error().message, u"An app named “ＢＯＯＫＩＮＧ” already exists."_s);
}

void NameKeysTest::anAppIsFoundByALookAlikeName()
{
    TemporaryRegistry registry;
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    const AppRecord files = SampleApps::record(u"ﬁles"_s, Monday);
    QVERIFY(registry.repository()->insertApp(files).ok());

    const Result<AppRecord> found = registry.repository()->findAppByIdOrName(u"FILES"_s);
    QVERIFY2(found.ok(), qPrintable(errorText(found)));
    QCOMPARE(found.value().applicationId, files.applicationId);
}

void NameKeysTest::version6RecomputesTheKeysAndKeepsEveryApp()
{
    TemporaryRegistry registry;
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    const AppRecord older = SampleApps::record(u"Ｂｏｏｋｉｎｇ"_s, Monday);
    const AppRecord newer = SampleApps::record(u"Front desk"_s, Monday.addSecs(3600));
    QVERIFY(registry.repository()->insertApp(older).ok());
    QVERIFY(registry.repository()->insertApp(newer).ok());
    registry.close();
    // As before version 6, whose keys were only case-folded: the full-width name and "booking" were two names.
    const TestRegistryLocation& place = registry.place();
    QVERIFY(place.executeOutsideAppKeys(
        u"UPDATE apps SET name_key = 'ｂｏｏｋｉｎｇ' WHERE application_id = '%1'"_s.arg(older.applicationId)));
    QVERIFY(place.executeOutsideAppKeys(
        u"UPDATE apps SET name = 'booking', name_key = 'booking' WHERE application_id = '%1'"_s.arg(
            newer.applicationId)));
    QVERIFY(place.executeOutsideAppKeys(
        u"DELETE FROM schema_migrations WHERE version >= %1"_s.arg(AppNameKeyMigration::Version)));

    // On PostgreSQL only the owner may upgrade the schema.
    const Result<std::shared_ptr<Database>> reopened =
        place.engine() == SqlDialect::Engine::Postgres ? place.openAsOwner() : place.open();
    QVERIFY2(reopened.ok(), qPrintable(errorText(reopened)));
    const Database& database = *reopened.value();
    QCOMPARE(SchemaMigrator::currentVersion(database.connection()).value(), SchemaMigrator::latestVersion());
    const QString keyOf = u"SELECT name_key FROM apps WHERE application_id = '%1'"_s;
    // The older app takes the key both names now share; the newer one keeps one no name can have, and its id.
    QCOMPARE(RawSql::scalar(database, keyOf.arg(older.applicationId)).toString(), u"booking"_s);
    QCOMPARE(RawSql::scalar(database, keyOf.arg(newer.applicationId)).toString(),
             u"booking"_s + QChar(0x1) + newer.applicationId);
    const AppRepository repository(reopened.value());
    QCOMPARE(repository.listApps().value().size(), 2);
    QCOMPARE(repository.findAppByIdOrName(u"BOOKING"_s).value().applicationId, older.applicationId);
    QCOMPARE(repository.findAppByIdOrName(newer.applicationId).value().details.name, u"booking"_s);
}

QTEST_GUILESS_MAIN(NameKeysTest)
#include "tst_name_keys.moc"
