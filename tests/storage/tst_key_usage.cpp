#include "AppOverviewReader.h"
#include "CredentialFormat.h"
#include "Database.h"
#include "ErrorCode.h"
#include "ErrorText.h"
#include "FixedClock.h"
#include "KeyIndexReader.h"
#include "KeyUsageRepository.h"
#include "RawSql.h"
#include "RegistryChangeWatcher.h"
#include "SampleApps.h"
#include "TemporaryRegistry.h"
#include "TestEngine.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

const QDateTime Day(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);

KeyUsage usageOf(const QString& apiKey, const QDateTime& lastUsedAt, qint64 count)
{
    return KeyUsage{{}, CredentialFormat::sha256Hex(apiKey), lastUsedAt, count};
}

} // namespace

/// What the verification service reads and writes in the registry (PRODUCT.md section 10): key_usage ("last used", in
/// batches), the rows of its index and what changed since it last looked, and the announcement of every commit.
class KeyUsageTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aBatchWritesOneRowPerKeyAndAddsTheCounts();
    void lastUsedOnlyMovesForward();
    void aKeyTheRegistryDoesNotHaveIsLeftOut();
    void overviewsCarryWhenTheKeysWereLastUsed();
    void theIndexReaderGivesLiveAppsWithTheirPermissionsAndKeys();
    void theAuditTrailSaysWhichAppsChanged();
    void aCommitOnAnotherConnectionIsNoticedWithinASecond();
    void theVerifierRoleWritesKeyUsageAndNothingElse();

private:
    AppRecord insertApp(const QString& name, const QStringList& permissions = SampleApps::scope().permissionIds);
    /// A new key of the app; its plaintext.
    QString insertKey(const QString& applicationId);

    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<TemporaryRegistry> m_registry;
};

void KeyUsageTest::initTestCase()
{
    if (const QString unavailable = TestEngine::unavailableReason(); !unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    qInfo("Storage engine: %s", qPrintable(TestEngine::name()));
}

void KeyUsageTest::init()
{
    m_clock = std::make_shared<FixedClock>();
    m_clock->setNowUtc(Day);
    m_registry = std::make_unique<TemporaryRegistry>(m_clock);
    QVERIFY2(m_registry->isOpen(), qPrintable(m_registry->errorText()));
}

void KeyUsageTest::cleanup()
{
    m_registry.reset();
}

AppRecord KeyUsageTest::insertApp(const QString& name, const QStringList& permissions)
{
    AppRecord app = SampleApps::record(name, m_clock->nowUtc());
    app.scope.permissionIds = permissions;
    const Status inserted = m_registry->repository()->insertApp(app);
    if (!inserted)
        qWarning("%s", qPrintable(errorText(inserted)));
    return app;
}

QString KeyUsageTest::insertKey(const QString& applicationId)
{
    const QString apiKey = CredentialFormat::generate(CredentialKind::ApiKey);
    const Status inserted =
        m_registry->keys()->insertKey(SampleApps::key(applicationId, m_clock->nowUtc(), 365, apiKey));
    if (!inserted)
        qWarning("%s", qPrintable(errorText(inserted)));
    return apiKey;
}

void KeyUsageTest::aBatchWritesOneRowPerKeyAndAddsTheCounts()
{
    const AppRecord app = insertApp(u"Booking"_s);
    const QString first = insertKey(app.applicationId);
    const QString second = insertKey(app.applicationId);
    KeyUsageRepository usage(m_registry->database());
    QVERIFY2(usage.record({usageOf(first, Day.addSecs(60), 40), usageOf(second, Day.addSecs(30), 2)}).ok(), "batch 1");
    QVERIFY2(usage.record({usageOf(first, Day.addSecs(120), 5)}).ok(), "batch 2");

    QCOMPARE(RawSql::rowCount(*m_registry->database(), u"key_usage"_s), 2);
    const Result<QHash<QString, KeyUsage>> stored = usage.forApp(app.applicationId);
    QVERIFY2(stored.ok(), qPrintable(errorText(stored)));
    const QList<KeyRecord> keys = m_registry->keys()->keysForApp(app.applicationId).value();
    QCOMPARE(keys.size(), 2);
    for (const KeyRecord& key : keys) {
        const KeyUsage recorded = stored.value().value(key.keyId);
        QCOMPARE(recorded.keyId, key.keyId);
        const bool isFirst = key.keySha256 == CredentialFormat::sha256Hex(first);
        QCOMPARE(recorded.count, isFirst ? 45 : 2);
        QCOMPARE(recorded.lastUsedAt, isFirst ? Day.addSecs(120) : Day.addSecs(30));
    }
    QCOMPARE(usage.all().value().size(), 2);
}

void KeyUsageTest::lastUsedOnlyMovesForward()
{
    // Two services record the same key, the later use arriving first.
    const AppRecord app = insertApp(u"Booking"_s);
    const QString key = insertKey(app.applicationId);
    KeyUsageRepository usage(m_registry->database());
    QVERIFY(usage.record({usageOf(key, Day.addSecs(300), 3)}).ok());
    QVERIFY(usage.record({usageOf(key, Day.addSecs(100), 4)}).ok());
    const KeyUsage stored = usage.all().value().values().constFirst();
    QCOMPARE(stored.lastUsedAt, Day.addSecs(300));
    QCOMPARE(stored.count, 7);
}

void KeyUsageTest::aKeyTheRegistryDoesNotHaveIsLeftOut()
{
    const AppRecord app = insertApp(u"Booking"_s);
    const QString key = insertKey(app.applicationId);
    const QString unknown = CredentialFormat::generate(CredentialKind::ApiKey);
    const Status recorded =
        KeyUsageRepository(m_registry->database()).record({usageOf(unknown, Day, 1), usageOf(key, Day, 1)});
    QVERIFY2(recorded.ok(), qPrintable(errorText(recorded)));
    QCOMPARE(RawSql::rowCount(*m_registry->database(), u"key_usage"_s), 1);
}

void KeyUsageTest::overviewsCarryWhenTheKeysWereLastUsed()
{
    const AppRecord used = insertApp(u"Booking"_s);
    const QString key = insertKey(used.applicationId);
    const AppRecord unused = insertApp(u"Kiosk"_s);
    insertKey(unused.applicationId);
    QVERIFY(KeyUsageRepository(m_registry->database()).record({usageOf(key, Day.addSecs(90), 12)}).ok());

    const Result<QList<AppOverview>> all = AppOverviewReader::loadAll(m_registry->database(), Day.addDays(1));
    QVERIFY2(all.ok(), qPrintable(errorText(all)));
    QCOMPARE(all.value().size(), 2);
    for (const AppOverview& overview : all.value()) {
        const bool isUsed = overview.app.applicationId == used.applicationId;
        QCOMPARE(overview.lastUsedAt, isUsed ? Day.addSecs(90) : QDateTime());
        QCOMPARE(overview.useCount, isUsed ? 12 : 0);
        QCOMPARE(overview.keys.constFirst().useCount, isUsed ? 12 : 0);
    }
    const Result<AppOverview> one = AppOverviewReader::load(m_registry->database(), u"Booking"_s, Day.addDays(1));
    QVERIFY2(one.ok(), qPrintable(errorText(one)));
    QCOMPARE(one.value().keys.constFirst().lastUsedAt, Day.addSecs(90));
    QCOMPARE(one.value().keys.constFirst().useCount, 12);
}

void KeyUsageTest::theIndexReaderGivesLiveAppsWithTheirPermissionsAndKeys()
{
    const AppRecord booking = insertApp(u"Booking"_s, {u"appointments.read"_s, u"services.read"_s});
    const QString bookingKey = insertKey(booking.applicationId);
    insertApp(u"Bare"_s, {});
    const AppRecord paused = insertApp(u"Paused"_s, {u"guests.read"_s});
    insertKey(paused.applicationId);
    QVERIFY(m_registry->repository()->setActive(paused.applicationId, false).ok());
    const AppRecord deleted = insertApp(u"Gone"_s, {u"guests.read"_s});
    const QString deletedKey = insertKey(deleted.applicationId);
    QVERIFY(m_registry->repository()->markDeleted(deleted.applicationId).ok());

    const KeyIndexReader reader(m_registry->database());
    QMap<QString, AppRecord> apps;
    QVERIFY(reader.forEachApp([&apps](const AppRecord& app) { apps.insert(app.details.name, app); }).ok());
    QCOMPARE(apps.keys(), (QStringList{u"Bare"_s, u"Booking"_s, u"Paused"_s}));
    QCOMPARE(apps.value(u"Booking"_s).applicationId, booking.applicationId);
    QCOMPARE(apps.value(u"Booking"_s).scope.permissionIds, (QStringList{u"appointments.read"_s, u"services.read"_s}));
    QCOMPARE(apps.value(u"Bare"_s).scope.permissionIds, QStringList());
    QCOMPARE(apps.value(u"Paused"_s).scope.permissionIds, QStringList{u"guests.read"_s});
    QCOMPARE(apps.value(u"Booking"_s).active, true);
    QCOMPARE(apps.value(u"Paused"_s).active, false);

    QStringList keyApps;
    QVERIFY(reader.forEachKey([&keyApps](const KeyRecord& key) { keyApps.append(key.applicationId); }).ok());
    keyApps.sort();
    QStringList expected{booking.applicationId, paused.applicationId};
    expected.sort();
    QCOMPARE(keyApps, expected);

    const Result<std::optional<KeyRecord>> found = reader.keyWithHash(CredentialFormat::sha256Hex(bookingKey));
    QVERIFY2(found.ok(), qPrintable(errorText(found)));
    QVERIFY(found.value().has_value());
    QCOMPARE(found.value()->applicationId, booking.applicationId);
    QCOMPARE(found.value()->expiresAt, Day.addDays(365));
    QCOMPARE(reader.keyWithHash(CredentialFormat::sha256Hex(deletedKey)).value()->applicationId, deleted.applicationId);
    QVERIFY(!reader.keyWithHash(CredentialFormat::sha256Hex(u"appkey_unknown")).value().has_value());
}

void KeyUsageTest::theAuditTrailSaysWhichAppsChanged()
{
    const AppRecord booking = insertApp(u"Booking"_s);
    const KeyIndexReader reader(m_registry->database());
    const Result<qint64> before = reader.latestSequence();
    QVERIFY2(before.ok(), qPrintable(errorText(before)));
    const AppRecord kiosk = insertApp(u"Kiosk"_s);
    insertKey(kiosk.applicationId);
    insertKey(booking.applicationId);
    QVERIFY(m_registry->repository()->setActive(kiosk.applicationId, false).ok());

    const Result<KeyIndexReader::Changes> changes = reader.changesSince(before.value());
    QVERIFY2(changes.ok(), qPrintable(errorText(changes)));
    QCOMPARE(changes.value().applicationIds, (QStringList{kiosk.applicationId, booking.applicationId}));
    QCOMPARE(changes.value().latestSequence, before.value() + 4);
    QCOMPARE(reader.latestSequence().value(), before.value() + 4);
    QVERIFY(reader.changesSince(changes.value().latestSequence).value().applicationIds.isEmpty());
}

void KeyUsageTest::aCommitOnAnotherConnectionIsNoticedWithinASecond()
{
    const Result<std::shared_ptr<Database>> watching = m_registry->place().open(Database::AccessMode::ReadOnly);
    QVERIFY2(watching.ok(), qPrintable(errorText(watching)));
    RegistryChangeWatcher watcher(watching.value());
    QVERIFY2(watcher.start().ok(), "start");
    QSignalSpy changed(&watcher, &RegistryChangeWatcher::changed);
    insertApp(u"Booking"_s);
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 1000);
}

void KeyUsageTest::theVerifierRoleWritesKeyUsageAndNothingElse()
{
    if (TestEngine::current() != SqlDialect::Engine::Postgres)
        QSKIP("Roles are PostgreSQL's: an SQLite file is as writable as its file permissions say.");
    const AppRecord app = insertApp(u"Booking"_s);
    const QString key = insertKey(app.applicationId);
    const Result<std::shared_ptr<Database>> verifier = m_registry->place().openAsVerifier();
    QVERIFY2(verifier.ok(), qPrintable(errorText(verifier)));
    QVERIFY(!verifier.value()->acceptsChanges());

    const Status recorded = KeyUsageRepository(verifier.value()).record({usageOf(key, Day, 3)});
    QVERIFY2(recorded.ok(), qPrintable(errorText(recorded)));
    QCOMPARE(KeyUsageRepository(m_registry->database()).all().value().values().constFirst().count, 3);

    const Status revoked =
        KeyRepository(verifier.value())
            .revokeKey(app.applicationId, m_registry->keys()->keysForApp(app.applicationId).value().constFirst().keyId);
    QCOMPARE(revoked.ok(), false);
    QCOMPARE(revoked.error().code, ErrorCode::ReadOnly);
    QVERIFY(!RawSql::execute(*verifier.value(), u"UPDATE api_keys SET revoked_at = expires_at"_s));
    QVERIFY(!RawSql::execute(*verifier.value(), u"DELETE FROM key_usage"_s));
}

QTEST_GUILESS_MAIN(KeyUsageTest)
#include "tst_key_usage.moc"
