#include "AppRepository.h"
#include "CredentialFormat.h"
#include "Database.h"
#include "ErrorCode.h"
#include "ErrorText.h"
#include "FixedClock.h"
#include "KeyRules.h"
#include "KeyStatus.h"
#include "RawSql.h"
#include "SampleApps.h"
#include "TemporaryRegistry.h"
#include "TestEngine.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

/// The rules of PRODUCT.md section 4 as the repository enforces them, each inside its own transaction.
class StorageLifecycleTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aThirdLiveKeyIsRefused();
    void revokedAndExpiredKeysLeaveRoomForNewOnes();
    void rotationShortensTheOldKeyAndAddsTheNewOne();
    void rotationNeverLengthensTheOldKey();
    void rotationNeedsALiveOldKeyAndRoom_data();
    void rotationNeedsALiveOldKeyAndRoom();
    void revocationIsImmediateAndFinal();
    void aDeactivatedAppGetsNoNewKeysUntilReactivated();
    void deletionHidesTheAppAndFreesItsName();
    void editingDetailsRaisesTheRowVersion();
    void editingDetailsChecksTheNameAgainstOtherApps();
    void editingScopeReplacesThePermissions();
    void aConcurrentDetailsEditIsAConflict();
    void aConcurrentScopeEditIsAConflict();
    void replacingTheSecretKeepsOnlyItsHash();
    void writesToAnUnknownAppAreNotFound();

private:
    AppRecord insertApp(const QString& name);
    KeyRecord insertKey(const QString& applicationId, int lifetimeDays = 365);
    KeyRecord storedKey(const KeyRecord& key);
    AppRecord storedApp(const QString& applicationId);

    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<TemporaryRegistry> m_registry;
    AppRepository* m_repository = nullptr;
    KeyRepository* m_keys = nullptr;
};

void StorageLifecycleTest::initTestCase()
{
    if (const QString unavailable = TestEngine::unavailableReason(); !unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    qInfo("Storage engine: %s", qPrintable(TestEngine::name()));
}

void StorageLifecycleTest::init()
{
    m_clock = std::make_shared<FixedClock>();
    m_registry = std::make_unique<TemporaryRegistry>(m_clock);
    QVERIFY2(m_registry->isOpen(), qPrintable(m_registry->errorText()));
    m_repository = m_registry->repository().get();
    m_keys = m_registry->keys().get();
}

void StorageLifecycleTest::cleanup()
{
    m_repository = nullptr;
    m_keys = nullptr;
    m_registry.reset();
}

AppRecord StorageLifecycleTest::insertApp(const QString& name)
{
    const AppRecord app = SampleApps::record(name, m_clock->nowUtc());
    const Status inserted = m_repository->insertApp(app);
    if (!inserted)
        qFatal("insertApp failed: %s", qPrintable(inserted.error().text()));
    return app;
}

KeyRecord StorageLifecycleTest::insertKey(const QString& applicationId, int lifetimeDays)
{
    const KeyRecord key = SampleApps::key(applicationId, m_clock->nowUtc(), lifetimeDays);
    const Status inserted = m_keys->insertKey(key);
    if (!inserted)
        qFatal("insertKey failed: %s", qPrintable(inserted.error().text()));
    return key;
}

KeyRecord StorageLifecycleTest::storedKey(const KeyRecord& key)
{
    const Result<KeyRecord> stored = m_keys->findKey(key.applicationId, key.keyId);
    return stored.ok() ? stored.value() : KeyRecord{};
}

AppRecord StorageLifecycleTest::storedApp(const QString& applicationId)
{
    const Result<AppRecord> stored = m_repository->findApp(applicationId);
    return stored.ok() ? stored.value() : AppRecord{};
}

void StorageLifecycleTest::aThirdLiveKeyIsRefused()
{
    const AppRecord app = insertApp(u"Two keys at most"_s);
    insertKey(app.applicationId);
    insertKey(app.applicationId);
    const int auditEntries = RawSql::rowCount(*m_registry->database(), u"audit_log"_s);

    const Status third = m_keys->insertKey(SampleApps::key(app.applicationId, m_clock->nowUtc()));
    QVERIFY(!third.ok());
    QCOMPARE(third.error().code, ErrorCode::KeyLimitReached);
    QCOMPARE(third.error().message, u"The app “Two keys at most” already has 2 live API keys."_s);
    QVERIFY(!third.error().hint.isEmpty());
    QCOMPARE(m_keys->keysForApp(app.applicationId).value().size(), 2);
    QCOMPARE(RawSql::rowCount(*m_registry->database(), u"audit_log"_s), auditEntries);
}

void StorageLifecycleTest::revokedAndExpiredKeysLeaveRoomForNewOnes()
{
    const AppRecord app = insertApp(u"Room again"_s);
    const KeyRecord shortLived = insertKey(app.applicationId, 30);
    const KeyRecord revoked = insertKey(app.applicationId);
    QVERIFY(m_keys->revokeKey(app.applicationId, revoked.keyId).ok());
    QVERIFY2(m_keys->insertKey(SampleApps::key(app.applicationId, m_clock->nowUtc())).ok(),
             "a revoked key still counted");
    QCOMPARE(m_keys->insertKey(SampleApps::key(app.applicationId, m_clock->nowUtc())).error().code,
             ErrorCode::KeyLimitReached);

    m_clock->setNowUtc(shortLived.expiresAt);
    const Status afterExpiry = m_keys->insertKey(SampleApps::key(app.applicationId, m_clock->nowUtc()));
    QVERIFY2(afterExpiry.ok(), qPrintable(errorText(afterExpiry)));
    QCOMPARE(m_keys->keysForApp(app.applicationId).value().size(), 4);
}

void StorageLifecycleTest::rotationShortensTheOldKeyAndAddsTheNewOne()
{
    const AppRecord app = insertApp(u"Rotating"_s);
    const KeyRecord oldKey = insertKey(app.applicationId);
    m_clock->setNowUtc(m_clock->nowUtc().addDays(100));
    const QDateTime now = m_clock->nowUtc();
    const KeyRecord newKey = SampleApps::key(app.applicationId, now);

    const Status rotated = m_keys->rotateKey(app.applicationId, oldKey.keyId, now.addDays(7), newKey);
    QVERIFY2(rotated.ok(), qPrintable(errorText(rotated)));
    QCOMPARE(storedKey(oldKey).expiresAt, now.addDays(7));
    QVERIFY(storedKey(oldKey).revokedAt.isNull());
    QCOMPARE(storedKey(newKey).keySha256, newKey.keySha256);
    QCOMPARE(storedKey(newKey).expiresAt, now.addDays(365));
    // Both work during the overlap: clients switch without downtime.
    const QList<KeyRecord> keys = m_keys->keysForApp(app.applicationId).value();
    QCOMPARE(KeyRules::liveKeyCount(keys, now), 2);
    QCOMPARE(storedApp(app.applicationId).rowVersion, 1);
}

void StorageLifecycleTest::rotationNeverLengthensTheOldKey()
{
    const AppRecord app = insertApp(u"Short-lived"_s);
    const KeyRecord oldKey = insertKey(app.applicationId, 3);
    const QDateTime now = m_clock->nowUtc();

    QVERIFY(m_keys->rotateKey(app.applicationId, oldKey.keyId, now.addDays(7), SampleApps::key(app.applicationId, now))
                .ok());
    QCOMPARE(storedKey(oldKey).expiresAt, now.addDays(3));
}

void StorageLifecycleTest::rotationNeedsALiveOldKeyAndRoom_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<QString>("expectedMessagePart");

    QTest::newRow("old key revoked") << u"revoked"_s << ErrorCode::InvalidInput << u"is revoked"_s;
    QTest::newRow("old key expired") << u"expired"_s << ErrorCode::InvalidInput << u"has expired"_s;
    QTest::newRow("another live key") << u"second key"_s << ErrorCode::KeyLimitReached << u"2 live API keys"_s;
    QTest::newRow("unknown old key") << u"unknown"_s << ErrorCode::NotFound << u"no API key"_s;
    QTest::newRow("app deactivated") << u"inactive"_s << ErrorCode::InvalidInput << u"is deactivated"_s;
}

void StorageLifecycleTest::rotationNeedsALiveOldKeyAndRoom()
{
    QFETCH(QString, situation);
    QFETCH(int, expectedCode);
    QFETCH(QString, expectedMessagePart);
    const AppRecord app = insertApp(u"Refusing"_s);
    KeyRecord oldKey = insertKey(app.applicationId, 30);
    if (situation == u"revoked"_s)
        QVERIFY(m_keys->revokeKey(app.applicationId, oldKey.keyId).ok());
    else if (situation == u"expired"_s)
        m_clock->setNowUtc(oldKey.expiresAt.addSecs(1));
    else if (situation == u"second key"_s)
        insertKey(app.applicationId);
    else if (situation == u"unknown"_s)
        oldKey.keyId = u"00000000-0000-4000-8000-000000000000"_s;
    else if (situation == u"inactive"_s)
        QVERIFY(m_repository->setActive(app.applicationId, false).ok());
    const int keysBefore = m_keys->keysForApp(app.applicationId).value().size();
    const QDateTime expiryBefore = storedKey(oldKey).expiresAt;
    const KeyRecord newKey = SampleApps::key(app.applicationId, m_clock->nowUtc());

    const Status rotated = m_keys->rotateKey(app.applicationId, oldKey.keyId, m_clock->nowUtc().addDays(1), newKey);
    QVERIFY(!rotated.ok());
    QCOMPARE(rotated.error().code, expectedCode);
    QVERIFY2(rotated.error().message.contains(expectedMessagePart), qPrintable(rotated.error().message));
    QCOMPARE(m_keys->keysForApp(app.applicationId).value().size(), keysBefore);
    QCOMPARE(storedKey(oldKey).expiresAt, expiryBefore);
}

void StorageLifecycleTest::revocationIsImmediateAndFinal()
{
    const AppRecord app = insertApp(u"Revoking"_s);
    const KeyRecord key = insertKey(app.applicationId);
    m_clock->setNowUtc(m_clock->nowUtc().addSecs(90));
    const QDateTime revokedAt = m_clock->nowUtc();

    QVERIFY(m_keys->revokeKey(app.applicationId, key.keyId).ok());
    const KeyRecord stored = storedKey(key);
    QCOMPARE(stored.revokedAt, revokedAt);
    QCOMPARE(KeyStatus::ofKey(stored, revokedAt).state, KeyStatus::State::Revoked);
    QCOMPARE(KeyStatus::ofApp({stored}, true, revokedAt).state, KeyStatus::State::Revoked);

    m_clock->setNowUtc(revokedAt.addDays(1));
    const Status again = m_keys->revokeKey(app.applicationId, key.keyId);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::InvalidInput);
    QCOMPARE(again.error().message, u"The API key %1 is already revoked."_s.arg(key.keyHint));
    QCOMPARE(storedKey(key).revokedAt, revokedAt);
}

void StorageLifecycleTest::aDeactivatedAppGetsNoNewKeysUntilReactivated()
{
    const AppRecord app = insertApp(u"Paused"_s);
    const KeyRecord key = insertKey(app.applicationId);
    const QDateTime now = m_clock->nowUtc();

    QVERIFY(m_repository->setActive(app.applicationId, false).ok());
    const AppRecord paused = storedApp(app.applicationId);
    QCOMPARE(paused.active, false);
    QCOMPARE(paused.rowVersion, 2);
    QCOMPARE(KeyStatus::ofApp(m_keys->keysForApp(app.applicationId).value(), paused.active, now).state,
             KeyStatus::State::Inactive);
    QCOMPARE(m_repository->setActive(app.applicationId, false).error().code, ErrorCode::InvalidInput);

    const Status refused = m_keys->insertKey(SampleApps::key(app.applicationId, now));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QCOMPARE(refused.error().hint, u"Reactivate the app first."_s);
    QCOMPARE(m_keys->keysForApp(app.applicationId).value().size(), 1);

    QVERIFY(m_repository->setActive(app.applicationId, true).ok());
    const AppRecord resumed = storedApp(app.applicationId);
    QCOMPARE(resumed.active, true);
    QCOMPARE(resumed.rowVersion, 3);
    QCOMPARE(KeyStatus::ofApp({storedKey(key)}, resumed.active, now).state, KeyStatus::State::Active);
    QVERIFY(m_keys->insertKey(SampleApps::key(app.applicationId, now)).ok());
}

void StorageLifecycleTest::deletionHidesTheAppAndFreesItsName()
{
    const AppRecord app = insertApp(u"Short Story"_s);
    insertKey(app.applicationId);
    QVERIFY(m_repository->markDeleted(app.applicationId).ok());

    QCOMPARE(m_repository->findApp(app.applicationId).error().code, ErrorCode::NotFound);
    QCOMPARE(m_repository->listApps().value().size(), 0);
    QCOMPARE(m_keys->listKeys().value().size(), 0);
    QCOMPARE(m_repository->isNameTaken(u"short story"_s).value(), false);
    QCOMPARE(m_repository->markDeleted(app.applicationId).error().code, ErrorCode::NotFound);
    QVERIFY(m_repository->insertApp(SampleApps::record(u"SHORT STORY"_s, m_clock->nowUtc())).ok());
    // The rows stay, for the audit trail.
    QCOMPARE(RawSql::rowCount(*m_registry->database(), u"apps"_s), 2);
    QCOMPARE(RawSql::rowCount(*m_registry->database(), u"api_keys"_s), 1);
    QCOMPARE(RawSql::scalar(*m_registry->database(),
                            u"SELECT deleted_at FROM apps WHERE application_id = '%1'"_s.arg(app.applicationId))
                 .toString(),
             u"2025-03-01T10:00:00.000Z"_s);
}

void StorageLifecycleTest::editingDetailsRaisesTheRowVersion()
{
    const AppRecord app = insertApp(u"Before"_s);
    AppDetails edited = SampleApps::details(u"After"_s);
    edited.description = u"Now also sells gift cards."_s;
    edited.loginUserType = LoginUserType::Employee;
    edited.postLoginRedirectUrls = {u"https://booking.example.com/in"_s, u"com.example.booking:/callback"_s};
    edited.postLogoutRedirectUrls.clear();

    const Status updated = m_repository->updateDetails(app.applicationId, 1, edited);
    QVERIFY2(updated.ok(), qPrintable(errorText(updated)));
    const AppRecord stored = storedApp(app.applicationId);
    QCOMPARE(stored.rowVersion, 2);
    QCOMPARE(stored.details.name, u"After"_s);
    QCOMPARE(stored.details.description, edited.description);
    QCOMPARE(stored.details.loginUserType, LoginUserType::Employee);
    QCOMPARE(stored.details.postLoginRedirectUrls, edited.postLoginRedirectUrls);
    QCOMPARE(stored.details.postLogoutRedirectUrls, QStringList());
    QCOMPARE(stored.scope.permissionIds, app.scope.permissionIds);
    QCOMPARE(m_repository->isNameTaken(u"before"_s).value(), false);

    // Saving what is already stored changes nothing, not even the version.
    QVERIFY(m_repository->updateDetails(app.applicationId, 2, stored.details).ok());
    QCOMPARE(storedApp(app.applicationId).rowVersion, 2);
}

void StorageLifecycleTest::editingDetailsChecksTheNameAgainstOtherApps()
{
    const AppRecord app = insertApp(u"Mine"_s);
    insertApp(u"Theirs"_s);

    const Status taken = m_repository->updateDetails(app.applicationId, 1, SampleApps::details(u"THEIRS"_s));
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error().code, ErrorCode::NameTaken);
    QCOMPARE(taken.error().message, u"An app named “THEIRS” already exists."_s);

    const Status ownName = m_repository->updateDetails(app.applicationId, 1, SampleApps::details(u"MINE"_s));
    QVERIFY2(ownName.ok(), qPrintable(errorText(ownName)));
    QCOMPARE(storedApp(app.applicationId).details.name, u"MINE"_s);
}

void StorageLifecycleTest::editingScopeReplacesThePermissions()
{
    const AppRecord app = insertApp(u"Scoped"_s);
    const AppScope scope{AuthMethod::JwtGroups, {u"appointments.read"_s, u"guests.read"_s}};

    QVERIFY(m_repository->updateScope(app.applicationId, 1, scope).ok());
    const AppRecord stored = storedApp(app.applicationId);
    QCOMPARE(stored.scope.authMethod, AuthMethod::JwtGroups);
    QCOMPARE(stored.scope.permissionIds, scope.permissionIds);
    QCOMPARE(stored.rowVersion, 2);
    QCOMPARE(stored.details.postLoginRedirectUrls, app.details.postLoginRedirectUrls);
}

void StorageLifecycleTest::aConcurrentDetailsEditIsAConflict()
{
    const AppRecord app = insertApp(u"Shared"_s);
    const Result<std::shared_ptr<AppRepository>> otherWindow = m_registry->openAnother();
    QVERIFY2(otherWindow.ok(), qPrintable(errorText(otherWindow)));
    // Both windows start from version 1.
    const AppRecord mine = m_repository->findApp(app.applicationId).value();
    const AppRecord theirs = otherWindow.value()->findApp(app.applicationId).value();
    QCOMPARE(mine.rowVersion, 1);
    QCOMPARE(theirs.rowVersion, 1);

    AppDetails firstEdit = mine.details;
    firstEdit.name = u"Shared by the front desk"_s;
    QVERIFY(m_repository->updateDetails(app.applicationId, mine.rowVersion, firstEdit).ok());

    AppDetails secondEdit = theirs.details;
    secondEdit.description = u"A description that must not overwrite the rename."_s;
    const Status conflict = otherWindow.value()->updateDetails(app.applicationId, theirs.rowVersion, secondEdit);
    QVERIFY(!conflict.ok());
    QCOMPARE(conflict.error().code, ErrorCode::Conflict);
    // The description differs too, because this user changed it: the stored one is what they would reload.
    QCOMPARE(conflict.error().message,
             u"Someone else changed this app while you were editing (now version 2). Your changes were not saved; "
             "reload to see theirs: name “Shared by the front desk”, description “Books appointments from the "
             "website.”."_s);

    const AppRecord stored = otherWindow.value()->findApp(app.applicationId).value();
    QCOMPARE(stored.rowVersion, 2);
    QCOMPARE(stored.details.name, firstEdit.name);
    QCOMPARE(stored.details.description, app.details.description);
}

void StorageLifecycleTest::aConcurrentScopeEditIsAConflict()
{
    const AppRecord app = insertApp(u"Scope race"_s);
    const Result<std::shared_ptr<AppRepository>> otherWindow = m_registry->openAnother();
    QVERIFY2(otherWindow.ok(), qPrintable(errorText(otherWindow)));

    QVERIFY(
        m_repository->updateScope(app.applicationId, 1, AppScope{AuthMethod::JwtGroups, app.scope.permissionIds}).ok());
    const Status conflict =
        otherWindow.value()->updateScope(app.applicationId, 1, AppScope{AuthMethod::ApiKeyGroups, {u"guests.read"_s}});
    QVERIFY(!conflict.ok());
    QCOMPARE(conflict.error().code, ErrorCode::Conflict);
    QVERIFY2(conflict.error().message.contains(u"authentication method"_s), qPrintable(conflict.error().message));
    QVERIFY2(conflict.error().message.contains(u"permissions “appointments.read”, “appointments.write”"_s),
             qPrintable(conflict.error().message));
    QCOMPARE(storedApp(app.applicationId).scope.authMethod, AuthMethod::JwtGroups);
    QCOMPARE(storedApp(app.applicationId).scope.permissionIds, app.scope.permissionIds);
}

void StorageLifecycleTest::replacingTheSecretKeepsOnlyItsHash()
{
    const AppRecord app = insertApp(u"New secret"_s);
    const QString secret = CredentialFormat::generate(CredentialKind::Secret);

    QVERIFY(m_repository
                ->replaceSecret(app.applicationId, CredentialFormat::sha256Hex(secret), CredentialFormat::hint(secret))
                .ok());
    const AppRecord stored = storedApp(app.applicationId);
    QCOMPARE(stored.secretSha256, CredentialFormat::sha256Hex(secret));
    QCOMPARE(stored.secretHint, CredentialFormat::hint(secret));
    QCOMPARE(stored.rowVersion, 2);
    QVERIFY(!m_repository->replaceSecret(app.applicationId, secret, CredentialFormat::hint(secret)).ok());
    QCOMPARE(storedApp(app.applicationId).secretSha256, CredentialFormat::sha256Hex(secret));
}

void StorageLifecycleTest::writesToAnUnknownAppAreNotFound()
{
    const QString unknown = u"00000000-0000-4000-8000-000000000000"_s;
    const QDateTime now = m_clock->nowUtc();
    const std::vector<std::pair<const char*, std::function<Status()>>> writes{
        {"insertKey",
         [&] {
             return m_keys->insertKey(SampleApps::key(unknown, now));
         }},
        {"updateDetails",
         [&] {
             return m_repository->updateDetails(unknown, 1, SampleApps::details(u"X"_s));
         }},
        {"updateScope",
         [&] {
             return m_repository->updateScope(unknown, 1, SampleApps::scope());
         }},
        {"rotateKey",
         [&] {
             return m_keys->rotateKey(unknown, unknown, now, SampleApps::key(unknown, now));
         }},
        {"revokeKey",
         [&] {
             return m_keys->revokeKey(unknown, unknown);
         }},
        {"replaceSecret",
         [&] {
             return m_repository->replaceSecret(unknown, QString(64, u'a'), u"appsec_…aaaa"_s);
         }},
        {"setActive",
         [&] {
             return m_repository->setActive(unknown, false);
         }},
        {"markDeleted",
         [&] {
             return m_repository->markDeleted(unknown);
         }},
        {"recordSecretRead",
         [&] {
             return m_repository->recordSecretRead(unknown);
         }},
        {"recordKeyRead",
         [&] {
             return m_keys->recordKeyRead(unknown, unknown);
         }},
    };
    for (const auto& [name, write] : writes) {
        const Status refused = write();
        QVERIFY2(!refused.ok(), name);
        QCOMPARE(refused.error().code, ErrorCode::NotFound);
    }
    QCOMPARE(RawSql::rowCount(*m_registry->database(), u"audit_log"_s), 0);
}

QTEST_GUILESS_MAIN(StorageLifecycleTest)
#include "tst_storage_lifecycle.moc"
