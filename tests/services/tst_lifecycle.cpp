#include "AppService.h"
#include "AuditLog.h"
#include "CallbackResult.h"
#include "CredentialFormat.h"
#include "CredentialService.h"
#include "ErrorCode.h"
#include "ErrorText.h"
#include "FixedClock.h"
#include "KeyRules.h"
#include "KeyStatus.h"
#include "KeychainSecretStore.h"
#include "PermissionCatalogue.h"
#include "RawSql.h"
#include "RecordingSecretStore.h"
#include "SampleApps.h"
#include "SecretEntryKeys.h"
#include "ServiceFixture.h"
#include "TemporaryRegistry.h"
#include "TestKeychain.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

// Each case needs one state of the Secret Service, which one ctest entry provides.
bool runsHere(TestKeychain::Expectation expectation)
{
    return TestKeychain::expectation() == expectation;
}

} // namespace

/// The key lifecycle of PRODUCT.md section 4 across the real keychain and a real SQLite file.
class LifecycleTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aThirdLiveKeyIsRefusedBeforeTheKeychain();
    void rotationShortensTheOldKeyAndIssuesANewOne();
    void rotationOverlapIsZeroToThirtyDays_data();
    void rotationOverlapIsZeroToThirtyDays();
    void revocationIsImmediateFinalAndRemovesThePlaintext();
    void aDeactivatedAppsKeysAreInactiveUntilReactivated();
    void deletionFreesTheNameRemovesTheKeychainEntriesAndKeepsTheTrail();
    void regeneratingTheSecretReplacesItAtOnce();
    void aRefusedSecretLeavesTheOldOneWorking();
    void aSecretMissingFromTheKeychainIsRegeneratedAfresh();
    void revealingIsAuditedBeforeThePlaintextIsHandedOut();
    void editingFollowsTheWizardsRules();
    void aStaleEditIsAConflict();
    void aReadOnlyRegistryRefusesEverythingBeforeTheKeychain();
    void withoutSecretServiceARevealIsStillAuditedAndDeleteLeavesEntriesBehind();

private:
    Result<IssuedApp> createApp(const QString& name) const;
    Result<IssuedKey> rotateKey(const QString& applicationId, const QString& oldKeyId, int overlapDays);
    Status revokeKey(const QString& applicationId, const QString& keyId);
    QString keyEntry(const QString& applicationId, const QString& keyId) const;
    QString secretEntry(const QString& applicationId) const;
    KeyRecord storedKey(const QString& applicationId, const QString& keyId) const;
    QStringList auditedActions(const QString& applicationId) const;

    std::unique_ptr<ServiceFixture> m_fixture;
};

void LifecycleTest::initTestCase()
{
    const QString problem = TestKeychain::environmentProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void LifecycleTest::init()
{
    m_fixture = std::make_unique<ServiceFixture>();
    QVERIFY2(m_fixture->problem().isEmpty(), qPrintable(m_fixture->problem()));
}

void LifecycleTest::cleanup()
{
    QVERIFY(m_fixture->removeKeychainEntries());
}

Result<IssuedApp> LifecycleTest::createApp(const QString& name) const
{
    return m_fixture->createApp(SampleApps::details(name));
}

Result<IssuedKey> LifecycleTest::rotateKey(const QString& applicationId, const QString& oldKeyId, int overlapDays)
{
    return answerOf<Result<IssuedKey>>([&](auto done) {
        m_fixture->credentials().rotateKey(applicationId, oldKeyId, KeyRules::DefaultLifetimeDays, overlapDays,
                                           std::move(done));
    });
}

Status LifecycleTest::revokeKey(const QString& applicationId, const QString& keyId)
{
    return answerOf<Status>(
        [&](auto done) { m_fixture->credentials().revokeKey(applicationId, keyId, std::move(done)); });
}

QString LifecycleTest::keyEntry(const QString& applicationId, const QString& keyId) const
{
    return SecretEntryKeys::apiKey(m_fixture->registry().database()->registryId(), applicationId, keyId);
}

QString LifecycleTest::secretEntry(const QString& applicationId) const
{
    const Result<AppRecord> app = m_fixture->repository()->findApp(applicationId);
    return SecretEntryKeys::appSecret(m_fixture->registry().database()->registryId(), applicationId,
                                      app ? app.value().secretSha256 : QString());
}

KeyRecord LifecycleTest::storedKey(const QString& applicationId, const QString& keyId) const
{
    const Result<KeyRecord> key = m_fixture->keys()->findKey(applicationId, keyId);
    return key.ok() ? key.value() : KeyRecord{};
}

QStringList LifecycleTest::auditedActions(const QString& applicationId) const
{
    const Result<QList<AuditEntry>> entries =
        AuditLog(m_fixture->registry().database())
            .entries(AuditFilter{std::nullopt, {}, applicationId, {}, {}, {}, {}});
    QStringList actions;
    for (const AuditEntry& entry : entries.ok() ? entries.value() : QList<AuditEntry>{})
        actions.append(entry.action);
    return actions;
}

void LifecycleTest::aThirdLiveKeyIsRefusedBeforeTheKeychain()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_lifecycle");
    const Result<IssuedApp> app = createApp(u"Two keys"_s);
    QVERIFY2(app.ok(), qPrintable(errorText(app)));
    const QString applicationId = app.value().applicationId;
    const Result<IssuedKey> first = m_fixture->generateApiKey(applicationId);
    const Result<IssuedKey> second = m_fixture->generateApiKey(applicationId);
    QVERIFY2(first.ok() && second.ok(), qPrintable(errorText(first) + errorText(second)));

    const Result<IssuedKey> third = m_fixture->generateApiKey(applicationId);
    QVERIFY(!third.ok());
    QCOMPARE(third.error().code, ErrorCode::KeyLimitReached);
    // Refused before the keychain is touched (the repository checks again inside its transaction).
    QCOMPARE(m_fixture->secrets()->writtenEntries().size(), 3);
    QCOMPARE(m_fixture->secrets()->removedEntries(), QStringList());
    QStringList expected{secretEntry(applicationId), keyEntry(applicationId, first.value().keyId),
                         keyEntry(applicationId, second.value().keyId)};
    expected.sort();
    QCOMPARE(m_fixture->keychainEntries(), expected);
    QCOMPARE(m_fixture->keys()->keysForApp(applicationId).value().size(), 2);
}

void LifecycleTest::rotationShortensTheOldKeyAndIssuesANewOne()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_lifecycle");
    const Result<IssuedApp> app = createApp(u"Rotating"_s);
    QVERIFY2(app.ok(), qPrintable(errorText(app)));
    const QString applicationId = app.value().applicationId;
    const Result<IssuedKey> oldKey = m_fixture->generateApiKey(applicationId);
    QVERIFY2(oldKey.ok(), qPrintable(errorText(oldKey)));
    m_fixture->clock()->setNowUtc(m_fixture->clock()->nowUtc().addDays(200));
    const QDateTime now = m_fixture->clock()->nowUtc();

    const Result<IssuedKey> newKey = rotateKey(applicationId, oldKey.value().keyId, 7);
    QVERIFY2(newKey.ok(), qPrintable(errorText(newKey)));
    QVERIFY(CredentialFormat::isWellFormed(newKey.value().apiKey, CredentialKind::ApiKey));
    QCOMPARE(newKey.value().expiresAt, now.addDays(365));
    QCOMPARE(storedKey(applicationId, oldKey.value().keyId).expiresAt, now.addDays(7));
    QCOMPARE(storedKey(applicationId, newKey.value().keyId).keySha256,
             CredentialFormat::sha256Hex(newKey.value().apiKey));

    const Result<QString> kept = TestKeychain::read(keyEntry(applicationId, newKey.value().keyId));
    QVERIFY2(kept.ok(), qPrintable(errorText(kept)));
    QVERIFY2(kept.value() == newKey.value().apiKey, "the keychain holds another key");
    // The old key keeps working through the overlap, so its plaintext stays too.
    QVERIFY(TestKeychain::read(keyEntry(applicationId, oldKey.value().keyId)).ok());
    const QList<KeyRecord> keys = m_fixture->keys()->keysForApp(applicationId).value();
    QCOMPARE(KeyStatus::ofKey(keys.at(1), now).state, KeyStatus::State::ExpiresSoon);
    QCOMPARE(KeyStatus::ofKey(keys.at(1), now.addDays(7)).state, KeyStatus::State::Expired);
    QCOMPARE(auditedActions(applicationId).constLast(), u"key.rotated"_s);
}

void LifecycleTest::rotationOverlapIsZeroToThirtyDays_data()
{
    QTest::addColumn<int>("overlapDays");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("-1") << -1 << false;
    QTest::newRow("0: the old key ends now") << 0 << true;
    QTest::newRow("30") << 30 << true;
    QTest::newRow("31") << 31 << false;
}

void LifecycleTest::rotationOverlapIsZeroToThirtyDays()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_lifecycle");
    QFETCH(int, overlapDays);
    QFETCH(bool, accepted);
    const Result<IssuedApp> app = createApp(u"Overlapping"_s);
    QVERIFY2(app.ok(), qPrintable(errorText(app)));
    const Result<IssuedKey> oldKey = m_fixture->generateApiKey(app.value().applicationId);
    QVERIFY2(oldKey.ok(), qPrintable(errorText(oldKey)));
    const int writesBefore = m_fixture->secrets()->writtenEntries().size();

    const Result<IssuedKey> rotated = rotateKey(app.value().applicationId, oldKey.value().keyId, overlapDays);
    QCOMPARE(rotated.ok(), accepted);
    const QDateTime oldKeyExpiry = storedKey(app.value().applicationId, oldKey.value().keyId).expiresAt;
    if (accepted) {
        QCOMPARE(oldKeyExpiry, m_fixture->clock()->nowUtc().addDays(overlapDays));
        return;
    }
    QCOMPARE(rotated.error().code, ErrorCode::InvalidInput);
    QCOMPARE(rotated.error().message,
             u"The old key's overlap must be between 0 and 30 days, not %1."_s.arg(overlapDays));
    QCOMPARE(m_fixture->secrets()->writtenEntries().size(), writesBefore);
    QCOMPARE(oldKeyExpiry, oldKey.value().expiresAt);
}

void LifecycleTest::revocationIsImmediateFinalAndRemovesThePlaintext()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_lifecycle");
    const Result<IssuedApp> app = createApp(u"Revoking"_s);
    QVERIFY2(app.ok(), qPrintable(errorText(app)));
    const QString applicationId = app.value().applicationId;
    const Result<IssuedKey> key = m_fixture->generateApiKey(applicationId);
    QVERIFY2(key.ok(), qPrintable(errorText(key)));
    m_fixture->clock()->setNowUtc(m_fixture->clock()->nowUtc().addSecs(3600));
    const QDateTime now = m_fixture->clock()->nowUtc();

    const Status revoked = revokeKey(applicationId, key.value().keyId);
    QVERIFY2(revoked.ok(), qPrintable(errorText(revoked)));
    const KeyRecord stored = storedKey(applicationId, key.value().keyId);
    QCOMPARE(stored.revokedAt, now);
    QCOMPARE(KeyStatus::ofApp({stored}, true, now).state, KeyStatus::State::Revoked);
    QCOMPARE(m_fixture->keychainEntries(), QStringList{secretEntry(applicationId)});

    const Status again = revokeKey(applicationId, key.value().keyId);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::InvalidInput);
    QCOMPARE(storedKey(applicationId, key.value().keyId).revokedAt, now);

    const Result<IssuedKey> rotated = rotateKey(applicationId, key.value().keyId, 7);
    QVERIFY(!rotated.ok());
    QCOMPARE(rotated.error().code, ErrorCode::InvalidInput);
    QVERIFY2(rotated.error().message.contains(u"revoked"_s), qPrintable(rotated.error().message));
    QCOMPARE(m_fixture->secrets()->removedEntries().constLast(), m_fixture->secrets()->writtenEntries().constLast());
    QCOMPARE(m_fixture->keychainEntries(), QStringList{secretEntry(applicationId)});
    QCOMPARE(m_fixture->keys()->keysForApp(applicationId).value().size(), 1);
}

void LifecycleTest::aDeactivatedAppsKeysAreInactiveUntilReactivated()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_lifecycle");
    const Result<IssuedApp> app = createApp(u"Paused"_s);
    QVERIFY2(app.ok(), qPrintable(errorText(app)));
    const QString applicationId = app.value().applicationId;
    const Result<IssuedKey> key = m_fixture->generateApiKey(applicationId);
    QVERIFY2(key.ok(), qPrintable(errorText(key)));
    const QDateTime now = m_fixture->clock()->nowUtc();
    const auto status = [&] {
        const AppRecord stored = m_fixture->repository()->findApp(applicationId).value();
        return KeyStatus::ofApp(m_fixture->keys()->keysForApp(applicationId).value(), stored.active, now).state;
    };

    QVERIFY(m_fixture->apps().deactivate(applicationId).ok());
    QCOMPARE(status(), KeyStatus::State::Inactive);
    const int writesBefore = m_fixture->secrets()->writtenEntries().size();
    for (const Result<IssuedKey>& refused :
         {m_fixture->generateApiKey(applicationId), rotateKey(applicationId, key.value().keyId, 7)}) {
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QCOMPARE(refused.error().hint, u"Reactivate the app first."_s);
    }
    QCOMPARE(m_fixture->secrets()->writtenEntries().size(), writesBefore);
    QCOMPARE(m_fixture->apps().deactivate(applicationId).error().code, ErrorCode::InvalidInput);

    QVERIFY(m_fixture->apps().reactivate(applicationId).ok());
    QCOMPARE(status(), KeyStatus::State::Active);
    QVERIFY(m_fixture->generateApiKey(applicationId).ok());
    QCOMPARE(auditedActions(applicationId), (QStringList{u"app.created"_s, u"key.generated"_s, u"app.deactivated"_s,
                                                         u"app.reactivated"_s, u"key.generated"_s}));
}

void LifecycleTest::deletionFreesTheNameRemovesTheKeychainEntriesAndKeepsTheTrail()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_lifecycle");
    const Result<IssuedApp> app = createApp(u"Short Story"_s);
    QVERIFY2(app.ok(), qPrintable(errorText(app)));
    const QString applicationId = app.value().applicationId;
    const Result<IssuedKey> revoked = m_fixture->generateApiKey(applicationId);
    const Result<IssuedKey> kept = m_fixture->generateApiKey(applicationId);
    QVERIFY2(revoked.ok() && kept.ok(), qPrintable(errorText(revoked) + errorText(kept)));
    // Its entry is already gone: deleting must not stumble over it.
    QVERIFY(revokeKey(applicationId, revoked.value().keyId).ok());
    QCOMPARE(m_fixture->keychainEntries().size(), 2);

    const Status deleted =
        answerOf<Status>([&](auto done) { m_fixture->apps().deleteApp(applicationId, std::move(done)); });
    QVERIFY2(deleted.ok(), qPrintable(errorText(deleted)));
    QCOMPARE(m_fixture->keychainEntries(), QStringList());
    QCOMPARE(m_fixture->repository()->listApps().value().size(), 0);
    QCOMPARE(m_fixture->repository()->findApp(applicationId).error().code, ErrorCode::NotFound);
    QCOMPARE(auditedActions(applicationId), (QStringList{u"app.created"_s, u"key.generated"_s, u"key.generated"_s,
                                                         u"key.revoked"_s, u"app.deleted"_s}));
    QVERIFY(!AuditLog(m_fixture->registry().database()).verify().value().has_value());

    const Result<IssuedApp> again = createApp(u"short STORY"_s);
    QVERIFY2(again.ok(), qPrintable(errorText(again)));
    QCOMPARE(m_fixture->repository()->listApps().value().constFirst().details.name, u"short STORY"_s);
}

void LifecycleTest::regeneratingTheSecretReplacesItAtOnce()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_lifecycle");
    const Result<IssuedApp> app = createApp(u"Fresh secret"_s);
    QVERIFY2(app.ok(), qPrintable(errorText(app)));
    const QString applicationId = app.value().applicationId;

    const Result<IssuedApp> regenerated = answerOf<Result<IssuedApp>>(
        [&](auto done) { m_fixture->credentials().regenerateSecret(applicationId, std::move(done)); });
    QVERIFY2(regenerated.ok(), qPrintable(errorText(regenerated)));
    const QString secret = regenerated.value().secret;
    QVERIFY(CredentialFormat::isWellFormed(secret, CredentialKind::Secret));
    QVERIFY(secret != app.value().secret);
    QCOMPARE(regenerated.value().secretHint, CredentialFormat::hint(secret));

    const AppRecord stored = m_fixture->repository()->findApp(applicationId).value();
    QCOMPARE(stored.secretSha256, CredentialFormat::sha256Hex(secret));
    QCOMPARE(stored.secretHint, regenerated.value().secretHint);
    const Result<QString> inKeychain = TestKeychain::read(secretEntry(applicationId));
    QVERIFY2(inKeychain.ok() && inKeychain.value() == secret, "the keychain does not hold the new secret");
    QCOMPARE(auditedActions(applicationId).constLast(), u"secret.regenerated"_s);
}

void LifecycleTest::aRefusedSecretLeavesTheOldOneWorking()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_lifecycle");
    const Result<IssuedApp> app = createApp(u"Kept secret"_s);
    QVERIFY2(app.ok(), qPrintable(errorText(app)));
    const QString applicationId = app.value().applicationId;
    const QString oldEntry = secretEntry(applicationId);
    const qsizetype writtenBefore = m_fixture->secrets()->writtenEntries().size();
    QSqlQuery trigger(m_fixture->registry().database()->connection());
    QVERIFY(trigger.exec(u"CREATE TRIGGER refuse_secrets BEFORE UPDATE OF secret_sha256 ON apps"
                         " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s));

    const Result<IssuedApp> regenerated = answerOf<Result<IssuedApp>>(
        [&](auto done) { m_fixture->credentials().regenerateSecret(applicationId, std::move(done)); });
    QVERIFY(!regenerated.ok());
    QVERIFY2(regenerated.error().hint.contains(u"refused by the test"_s), qPrintable(regenerated.error().hint));
    // The new secret went to an entry of its own and was taken back; the old secret's entry was never touched.
    const QStringList written = m_fixture->secrets()->writtenEntries().mid(writtenBefore);
    QCOMPARE(written.size(), 1);
    QVERIFY(written.constFirst() != oldEntry);
    QCOMPARE(m_fixture->secrets()->removedEntries(), written);
    QCOMPARE(m_fixture->keychainEntries(), QStringList{oldEntry});
    const Result<QString> inKeychain = TestKeychain::read(oldEntry);
    QVERIFY2(inKeychain.ok() && inKeychain.value() == app.value().secret, "the old secret is gone");
    QCOMPARE(m_fixture->repository()->findApp(applicationId).value().secretSha256,
             CredentialFormat::sha256Hex(app.value().secret));
    QCOMPARE(auditedActions(applicationId), QStringList{u"app.created"_s});
}

void LifecycleTest::aSecretMissingFromTheKeychainIsRegeneratedAfresh()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_lifecycle");
    const Result<IssuedApp> app = createApp(u"Lost secret"_s);
    QVERIFY2(app.ok(), qPrintable(errorText(app)));
    const QString applicationId = app.value().applicationId;
    KeychainSecretStore keychain;
    QVERIFY(answerOf<Status>([&](auto done) { keychain.remove(secretEntry(applicationId), std::move(done)); }).ok());

    const Result<IssuedApp> regenerated = answerOf<Result<IssuedApp>>(
        [&](auto done) { m_fixture->credentials().regenerateSecret(applicationId, std::move(done)); });
    QVERIFY2(regenerated.ok(), qPrintable(errorText(regenerated)));
    const Result<QString> inKeychain = TestKeychain::read(secretEntry(applicationId));
    QVERIFY2(inKeychain.ok() && inKeychain.value() == regenerated.value().secret,
             "the keychain does not hold the new secret");
    QCOMPARE(m_fixture->repository()->findApp(applicationId).value().secretSha256,
             CredentialFormat::sha256Hex(regenerated.value().secret));
}

void LifecycleTest::revealingIsAuditedBeforeThePlaintextIsHandedOut()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_lifecycle");
    const Result<IssuedApp> app = createApp(u"Revealing"_s);
    QVERIFY2(app.ok(), qPrintable(errorText(app)));
    const QString applicationId = app.value().applicationId;
    const Result<IssuedKey> key = m_fixture->generateApiKey(applicationId);
    QVERIFY2(key.ok(), qPrintable(errorText(key)));

    const Result<QString> secret = answerOf<Result<QString>>(
        [&](auto done) { m_fixture->credentials().revealSecret(applicationId, std::move(done)); });
    QVERIFY2(secret.ok() && secret.value() == app.value().secret, "revealSecret gave another secret");
    const Result<QString> apiKey = answerOf<Result<QString>>(
        [&](auto done) { m_fixture->credentials().revealKey(applicationId, key.value().keyId, std::move(done)); });
    QVERIFY2(apiKey.ok() && apiKey.value() == key.value().apiKey, "revealKey gave another key");

    const QList<AuditEntry> entries = AuditLog(m_fixture->registry().database()).entries().value();
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(2).action, u"secret.revealed"_s);
    QCOMPARE(entries.at(2).details.value(u"secret_hint"_s).toString(), app.value().secretHint);
    QCOMPARE(entries.at(3).action, u"key.revealed"_s);
    QCOMPARE(entries.at(3).keyHint, key.value().keyHint);

    const Result<QString> unknownKey = answerOf<Result<QString>>([&](auto done) {
        m_fixture->credentials().revealKey(applicationId, u"00000000-0000-4000-8000-000000000000"_s, std::move(done));
    });
    QVERIFY(!unknownKey.ok());
    QCOMPARE(unknownKey.error().code, ErrorCode::NotFound);
    QCOMPARE(AuditLog(m_fixture->registry().database()).entries().value().size(), 4);
}

void LifecycleTest::editingFollowsTheWizardsRules()
{
    const AppRecord app = SampleApps::record(u"Mine"_s, m_fixture->clock()->nowUtc());
    QVERIFY(m_fixture->repository()->insertApp(app).ok());
    QVERIFY(m_fixture->repository()->insertApp(SampleApps::record(u"Theirs"_s, m_fixture->clock()->nowUtc())).ok());

    const Status taken = m_fixture->apps().editDetails(app.applicationId, 1, SampleApps::details(u"theirs"_s));
    QVERIFY(!taken.ok());
    QVERIFY2(taken.error().message.contains(u"already exists"_s), qPrintable(taken.error().message));
    AppDetails badUri = SampleApps::details(u"Mine"_s);
    badUri.uri = u"ftp://booking.example.com"_s;
    QCOMPARE(m_fixture->apps().editDetails(app.applicationId, 1, badUri).error().code, ErrorCode::InvalidInput);

    const Status renamed = m_fixture->apps().editDetails(app.applicationId, 1, SampleApps::details(u"  MINE  "_s));
    QVERIFY2(renamed.ok(), qPrintable(errorText(renamed)));
    QCOMPARE(m_fixture->repository()->findApp(app.applicationId).value().details.name, u"MINE"_s);

    const Status unknownPermission =
        m_fixture->apps().editScope(app.applicationId, 2, AppScope{AuthMethod::JwtGroups, {u"appointments.delete"_s}});
    QVERIFY(!unknownPermission.ok());
    QVERIFY2(unknownPermission.error().message.contains(u"appointments.delete"_s),
             qPrintable(unknownPermission.error().message));
    QCOMPARE(m_fixture->apps().editScope(app.applicationId, 2, AppScope{AuthMethod::JwtGroups, {}}).error().code,
             ErrorCode::InvalidInput);
    const Status scoped = m_fixture->apps().editScope(
        app.applicationId, 2, AppScope{AuthMethod::JwtGroups, {u"guests.read"_s, u"centers.read"_s, u"guests.read"_s}});
    QVERIFY2(scoped.ok(), qPrintable(errorText(scoped)));
    QCOMPARE(m_fixture->repository()->findApp(app.applicationId).value().scope.permissionIds,
             (QStringList{u"centers.read"_s, u"guests.read"_s}));
}

void LifecycleTest::aStaleEditIsAConflict()
{
    const AppRecord app = SampleApps::record(u"Shared"_s, m_fixture->clock()->nowUtc());
    QVERIFY(m_fixture->repository()->insertApp(app).ok());
    const Result<std::shared_ptr<AppRepository>> otherWindow = m_fixture->registry().openAnother();
    QVERIFY2(otherWindow.ok(), qPrintable(errorText(otherWindow)));
    AppService otherWindowApps(otherWindow.value()->database(), m_fixture->secrets(), m_fixture->catalogue(),
                               m_fixture->clock());

    AppDetails first = app.details;
    first.uri = u"https://first.example.com"_s;
    QVERIFY(m_fixture->apps().editDetails(app.applicationId, 1, first).ok());
    AppDetails second = app.details;
    second.name = u"Shared, second"_s;
    const Status conflict = otherWindowApps.editDetails(app.applicationId, 1, second);
    QVERIFY(!conflict.ok());
    QCOMPARE(conflict.error().code, ErrorCode::Conflict);
    QVERIFY2(conflict.error().message.contains(u"URI “https://first.example.com”"_s),
             qPrintable(conflict.error().message));
    QCOMPARE(m_fixture->repository()->findApp(app.applicationId).value().details.name, u"Shared"_s);
}

void LifecycleTest::aReadOnlyRegistryRefusesEverythingBeforeTheKeychain()
{
    const AppRecord app = SampleApps::record(u"Audited only"_s, m_fixture->clock()->nowUtc());
    QVERIFY(m_fixture->repository()->insertApp(app).ok());
    const KeyRecord key = SampleApps::key(app.applicationId, m_fixture->clock()->nowUtc());
    QVERIFY(m_fixture->keys()->insertKey(key).ok());
    const Result<std::shared_ptr<AppRepository>> readOnly =
        m_fixture->registry().openAnother(Database::AccessMode::ReadOnly);
    QVERIFY2(readOnly.ok(), qPrintable(errorText(readOnly)));
    AppService apps(readOnly.value()->database(), m_fixture->secrets(), m_fixture->catalogue(), m_fixture->clock());
    CredentialService credentials(readOnly.value()->database(), m_fixture->secrets(), m_fixture->clock());
    const QString id = app.applicationId;

    const std::vector<std::pair<const char*, std::function<Status()>>> calls{
        {"createApp",
         [&] {
             const auto created = answerOf<Result<IssuedApp>>([&](auto done) {
                 apps.createApp(SampleApps::details(u"New"_s), SampleApps::scope(), std::move(done));
             });
             return created.ok() ? Status() : Status(created.error());
         }},
        {"generateApiKey",
         [&] {
             const auto issued =
                 answerOf<Result<IssuedKey>>([&](auto done) { credentials.generateApiKey(id, 30, std::move(done)); });
             return issued.ok() ? Status() : Status(issued.error());
         }},
        {"rotateKey",
         [&] {
             const auto issued = answerOf<Result<IssuedKey>>(
                 [&](auto done) { credentials.rotateKey(id, key.keyId, 365, 7, std::move(done)); });
             return issued.ok() ? Status() : Status(issued.error());
         }},
        {"revokeKey",
         [&] {
             return answerOf<Status>([&](auto done) { credentials.revokeKey(id, key.keyId, done); });
         }},
        {"regenerateSecret",
         [&] {
             const auto issued =
                 answerOf<Result<IssuedApp>>([&](auto done) { credentials.regenerateSecret(id, std::move(done)); });
             return issued.ok() ? Status() : Status(issued.error());
         }},
        {"deleteApp",
         [&] {
             return answerOf<Status>([&](auto done) { apps.deleteApp(id, std::move(done)); });
         }},
        {"revealSecret",
         [&] {
             const auto read =
                 answerOf<Result<QString>>([&](auto done) { credentials.revealSecret(id, std::move(done)); });
             return read.ok() ? Status() : Status(read.error());
         }},
        {"revealKey",
         [&] {
             const auto read =
                 answerOf<Result<QString>>([&](auto done) { credentials.revealKey(id, key.keyId, std::move(done)); });
             return read.ok() ? Status() : Status(read.error());
         }},
        {"deactivate",
         [&] {
             return apps.deactivate(id);
         }},
        {"reactivate",
         [&] {
             return apps.reactivate(id);
         }},
        {"editDetails",
         [&] {
             return apps.editDetails(id, 1, SampleApps::details(u"Renamed"_s));
         }},
        {"editScope",
         [&] {
             return apps.editScope(id, 1, SampleApps::scope());
         }},
    };
    for (const auto& [name, call] : calls) {
        const Status refused = call();
        QVERIFY2(!refused.ok(), name);
        QCOMPARE(refused.error().code, ErrorCode::ReadOnly);
    }
    QCOMPARE(m_fixture->secrets()->writtenEntries(), QStringList());
    QCOMPARE(m_fixture->secrets()->readEntries(), QStringList());
    QCOMPARE(m_fixture->secrets()->removedEntries(), QStringList());
    QCOMPARE(RawSql::rowCount(*m_fixture->registry().database(), u"audit_log"_s), 2);
}

void LifecycleTest::withoutSecretServiceARevealIsStillAuditedAndDeleteLeavesEntriesBehind()
{
    if (!runsHere(TestKeychain::Expectation::Absent))
        QSKIP("runs in the ctest entry tst_lifecycle_no_service");
    const AppRecord app = SampleApps::record(u"Keychain down"_s, m_fixture->clock()->nowUtc());
    QVERIFY(m_fixture->repository()->insertApp(app).ok());

    const Result<QString> secret = answerOf<Result<QString>>(
        [&](auto done) { m_fixture->credentials().revealSecret(app.applicationId, std::move(done)); });
    QVERIFY(!secret.ok());
    QVERIFY2(secret.error().message.startsWith(u"The OS keychain is not available: "_s),
             qPrintable(secret.error().message));
    QCOMPARE(auditedActions(app.applicationId), (QStringList{u"app.created"_s, u"secret.revealed"_s}));

    const Status deleted =
        answerOf<Status>([&](auto done) { m_fixture->apps().deleteApp(app.applicationId, std::move(done)); });
    // The registry says deleted first; the entries the keychain could not remove hold nothing that still works.
    QVERIFY(!deleted.ok());
    QCOMPARE(deleted.error().message,
             u"The app “Keychain down” is deleted, but its keychain entries could not be removed."_s);
    QVERIFY2(deleted.error().hint.contains(u"keyring"_s), qPrintable(deleted.error().hint));
    QCOMPARE(m_fixture->repository()->findApp(app.applicationId).error().code, ErrorCode::NotFound);
    QCOMPARE(auditedActions(app.applicationId).constLast(), u"app.deleted"_s);
}

QTEST_GUILESS_MAIN(LifecycleTest)
#include "tst_lifecycle.moc"
