#include "AppService.h"
#include "CallbackResult.h"
#include "CredentialFormat.h"
#include "CredentialService.h"
#include "ErrorCode.h"
#include "ErrorText.h"
#include "FixedClock.h"
#include "KeyRules.h"
#include "KeychainSecretStore.h"
#include "PermissionCatalogue.h"
#include "RawSql.h"
#include "RecordingSecretStore.h"
#include "SampleApps.h"
#include "SecretEntryKeys.h"
#include "ServiceFixture.h"
#include "TemporaryRegistry.h"
#include "TestKeychain.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

// Each case needs one state of the Secret Service, which one ctest entry provides.
bool runsHere(TestKeychain::Expectation expectation)
{
    return TestKeychain::expectation() == expectation;
}

QString sha256Of(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

using RawSql::execute;
using RawSql::rowCount;

} // namespace

class RegistrationTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createsTheAppWithItsSecretInTheKeychain();
    void generatesAKeyThatExpiresInAYear();
    void aKeyLivesAtMost730Days();
    void refusesInvalidAppsWithoutTouchingAnything_data();
    void refusesInvalidAppsWithoutTouchingAnything();
    void refusesBadKeyRequestsWithoutTouchingAnything_data();
    void refusesBadKeyRequestsWithoutTouchingAnything();
    void aFailedAppCommitRemovesTheKeychainEntry();
    void aFailedKeyCommitRemovesTheKeychainEntry();
    void theRegistryFilesHoldNoPlaintext();
    void withoutSecretServiceNothingIsWritten();
    void aReadOnlyRegistryRefusesBeforeTheKeychain();

private:
    std::unique_ptr<ServiceFixture> m_fixture;
};

void RegistrationTest::initTestCase()
{
    const QString problem = TestKeychain::environmentProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void RegistrationTest::init()
{
    m_fixture = std::make_unique<ServiceFixture>();
    QVERIFY2(m_fixture->problem().isEmpty(), qPrintable(m_fixture->problem()));
}

void RegistrationTest::cleanup()
{
    QVERIFY(m_fixture->removeKeychainEntries());
}

void RegistrationTest::createsTheAppWithItsSecretInTheKeychain()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_registration");
    AppScope scope{AuthMethod::JwtGroups, {u"guests.write"_s, u"appointments.read"_s, u"guests.write"_s}};

    const Result<IssuedApp> issued = m_fixture->createApp(SampleApps::details(u"  Front desk  "_s), scope);
    QVERIFY2(issued.ok(), qPrintable(errorText(issued)));
    const IssuedApp& app = issued.value();
    static const QRegularExpression uuidV4(u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    QVERIFY2(uuidV4.match(app.applicationId).hasMatch(), qPrintable(app.applicationId));
    QVERIFY(CredentialFormat::isWellFormed(app.secret, CredentialKind::Secret));
    QCOMPARE(app.secretHint, u"appsec_…"_s + app.secret.right(4));

    const Result<AppRecord> stored = m_fixture->repository()->findApp(app.applicationId);
    QVERIFY2(stored.ok(), qPrintable(errorText(stored)));
    QCOMPARE(stored.value().details.name, u"Front desk"_s);
    QCOMPARE(stored.value().secretSha256, sha256Of(app.secret));
    QCOMPARE(stored.value().secretHint, app.secretHint);
    QCOMPARE(stored.value().createdBy, m_fixture->registry().database()->actor());
    QCOMPARE(stored.value().createdAt, FixedClock::defaultNow());
    QCOMPARE(stored.value().scope.authMethod, AuthMethod::JwtGroups);
    QCOMPARE(stored.value().scope.permissionIds, (QStringList{u"appointments.read"_s, u"guests.write"_s}));

    const QString entryKey = SecretEntryKeys::appSecret(m_fixture->registry().database()->registryId(),
                                                        app.applicationId, CredentialFormat::sha256Hex(app.secret));
    const Result<QString> kept = TestKeychain::read(entryKey);
    QVERIFY2(kept.ok(), qPrintable(errorText(kept)));
    QVERIFY2(kept.value() == app.secret, "the keychain holds another secret"); // QCOMPARE would print it
    QCOMPARE(m_fixture->keychainEntries(), QStringList{entryKey});
}

void RegistrationTest::generatesAKeyThatExpiresInAYear()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_registration");
    const Result<IssuedApp> app = m_fixture->createApp(SampleApps::details(u"Keyed"_s));
    QVERIFY2(app.ok(), qPrintable(errorText(app)));
    const QDateTime issuedAt = FixedClock::defaultNow().addDays(2);
    m_fixture->clock()->setNowUtc(issuedAt);

    const Result<IssuedKey> issued =
        m_fixture->generateApiKey(app.value().applicationId, KeyRules::DefaultLifetimeDays);
    QVERIFY2(issued.ok(), qPrintable(errorText(issued)));
    const IssuedKey& key = issued.value();
    QVERIFY(CredentialFormat::isWellFormed(key.apiKey, CredentialKind::ApiKey));
    QCOMPARE(key.keyHint, u"appkey_…"_s + key.apiKey.right(4));
    QCOMPARE(key.expiresAt, issuedAt.addDays(365));

    const Result<QList<KeyRecord>> rows = m_fixture->keys()->keysForApp(app.value().applicationId);
    QVERIFY2(rows.ok(), qPrintable(errorText(rows)));
    QCOMPARE(rows.value().size(), 1);
    const KeyRecord& row = rows.value().constFirst();
    QCOMPARE(row.keyId, key.keyId);
    QCOMPARE(row.keySha256, sha256Of(key.apiKey));
    QCOMPARE(row.keyHint, key.keyHint);
    QCOMPARE(row.createdBy, m_fixture->registry().database()->actor());
    QCOMPARE(row.createdAt, issuedAt);
    QCOMPARE(row.expiresAt, issuedAt.addDays(365));

    const QString entryKey =
        SecretEntryKeys::apiKey(m_fixture->registry().database()->registryId(), app.value().applicationId, key.keyId);
    const Result<QString> kept = TestKeychain::read(entryKey);
    QVERIFY2(kept.ok(), qPrintable(errorText(kept)));
    QVERIFY2(kept.value() == key.apiKey, "the keychain holds another key");
}

void RegistrationTest::aKeyLivesAtMost730Days()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_registration");
    const Result<IssuedApp> app = m_fixture->createApp(SampleApps::details(u"Long lived"_s));
    QVERIFY2(app.ok(), qPrintable(errorText(app)));
    // Two years from 1 March 2026 span 29 February 2028: 730 days later is that day, not 1 March.
    m_fixture->clock()->setNowUtc(QDateTime(QDate(2026, 3, 1), QTime(9, 30, 0, 123), Qt::UTC));
    const QDateTime twoYearsLater(QDate(2028, 2, 29), QTime(9, 30, 0, 123), Qt::UTC);

    const Result<IssuedKey> longest = m_fixture->generateApiKey(app.value().applicationId, 730);
    QVERIFY2(longest.ok(), qPrintable(errorText(longest)));
    QCOMPARE(longest.value().expiresAt, twoYearsLater);
    const Result<KeyRecord> stored = m_fixture->keys()->findKey(app.value().applicationId, longest.value().keyId);
    QVERIFY2(stored.ok(), qPrintable(errorText(stored)));
    QCOMPARE(stored.value().expiresAt, twoYearsLater);

    const Result<IssuedKey> tooLong = m_fixture->generateApiKey(app.value().applicationId, 731);
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().message, u"An API key's lifetime must be between 1 and 730 days, not 731."_s);
    QCOMPARE(tooLong.error().code, ErrorCode::InvalidInput);
    // The secret and the 730-day key; nothing for the refused one.
    QCOMPARE(m_fixture->secrets()->writtenEntries().size(), 2);
}

void RegistrationTest::refusesInvalidAppsWithoutTouchingAnything_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("permissionIds");
    QTest::addColumn<QString>("expectedMessagePart");

    const QStringList valid{u"appointments.read"_s};
    QTest::newRow("empty name") << QString() << valid << u"Enter a name"_s;
    QTest::newRow("name taken, in another case") << u"EXISTING app"_s << valid << u"already exists"_s;
    QTest::newRow("no permission") << u"Fresh"_s << QStringList() << u"no permissions"_s;
    QTest::newRow("permission not in the catalogue")
        << u"Fresh"_s << QStringList{u"appointments.delete"_s} << u"appointments.delete"_s;
}

void RegistrationTest::refusesInvalidAppsWithoutTouchingAnything()
{
    QFETCH(QString, name);
    QFETCH(QStringList, permissionIds);
    QFETCH(QString, expectedMessagePart);
    QVERIFY(m_fixture->repository()->insertApp(SampleApps::record(u"Existing App"_s, FixedClock::defaultNow())).ok());

    const Result<IssuedApp> issued =
        m_fixture->createApp(SampleApps::details(name), AppScope{AuthMethod::ApiKeyGroups, permissionIds});
    QVERIFY(!issued.ok());
    QVERIFY(!issued.error().message.isEmpty());
    QVERIFY2(issued.error().message.contains(expectedMessagePart), qPrintable(issued.error().message));
    QCOMPARE(m_fixture->secrets()->writtenEntries(), QStringList());
    QCOMPARE(rowCount(*m_fixture->registry().database(), u"apps"_s), 1);
}

void RegistrationTest::refusesBadKeyRequestsWithoutTouchingAnything_data()
{
    QTest::addColumn<bool>("knownApp");
    QTest::addColumn<int>("lifetimeDays");

    QTest::newRow("no lifetime") << true << 0;
    QTest::newRow("longer than two years") << true << 731;
    QTest::newRow("unknown app") << false << 365;
}

void RegistrationTest::refusesBadKeyRequestsWithoutTouchingAnything()
{
    QFETCH(bool, knownApp);
    QFETCH(int, lifetimeDays);
    const AppRecord app = SampleApps::record(u"Existing App"_s, FixedClock::defaultNow());
    QVERIFY(m_fixture->repository()->insertApp(app).ok());

    const QString applicationId = knownApp ? app.applicationId : u"00000000-0000-4000-8000-000000000000"_s;
    const Result<IssuedKey> issued = m_fixture->generateApiKey(applicationId, lifetimeDays);
    QVERIFY(!issued.ok());
    QVERIFY(!issued.error().message.isEmpty());
    QCOMPARE(m_fixture->secrets()->writtenEntries(), QStringList());
    QCOMPARE(rowCount(*m_fixture->registry().database(), u"api_keys"_s), 0);
}

void RegistrationTest::aFailedAppCommitRemovesTheKeychainEntry()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_registration");
    QVERIFY(execute(*m_fixture->registry().database(), u"CREATE TRIGGER refuse_apps BEFORE INSERT ON apps"
                                                       " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s));

    const Result<IssuedApp> issued = m_fixture->createApp(SampleApps::details(u"Doomed"_s));
    QVERIFY(!issued.ok());
    QVERIFY2(issued.error().message.contains(u"Doomed"_s), qPrintable(issued.error().message));
    QVERIFY2(issued.error().hint.contains(u"refused by the test"_s), qPrintable(issued.error().hint));

    QCOMPARE(m_fixture->secrets()->writtenEntries().size(), 1);
    QCOMPARE(m_fixture->secrets()->removedEntries(), m_fixture->secrets()->writtenEntries());
    QCOMPARE(m_fixture->keychainEntries(), QStringList());
    QCOMPARE(rowCount(*m_fixture->registry().database(), u"apps"_s), 0);
}

void RegistrationTest::aFailedKeyCommitRemovesTheKeychainEntry()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_registration");
    const Result<IssuedApp> app = m_fixture->createApp(SampleApps::details(u"Keyless"_s));
    QVERIFY2(app.ok(), qPrintable(errorText(app)));
    QVERIFY(execute(*m_fixture->registry().database(), u"CREATE TRIGGER refuse_keys BEFORE INSERT ON api_keys"
                                                       " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s));

    const Result<IssuedKey> issued = m_fixture->generateApiKey(app.value().applicationId, 30);
    QVERIFY(!issued.ok());
    QVERIFY2(issued.error().hint.contains(u"refused by the test"_s), qPrintable(issued.error().hint));

    const QString appSecretEntry =
        SecretEntryKeys::appSecret(m_fixture->registry().database()->registryId(), app.value().applicationId,
                                   CredentialFormat::sha256Hex(app.value().secret));
    QCOMPARE(m_fixture->secrets()->writtenEntries().size(), 2);
    QCOMPARE(m_fixture->secrets()->removedEntries(), QStringList{m_fixture->secrets()->writtenEntries().constLast()});
    QCOMPARE(m_fixture->keychainEntries(), QStringList{appSecretEntry});
    QCOMPARE(rowCount(*m_fixture->registry().database(), u"api_keys"_s), 0);
}

void RegistrationTest::theRegistryFilesHoldNoPlaintext()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_registration");
    const Result<IssuedApp> app = m_fixture->createApp(SampleApps::details(u"Scanned"_s));
    QVERIFY2(app.ok(), qPrintable(errorText(app)));
    const Result<IssuedKey> key = m_fixture->generateApiKey(app.value().applicationId, 90);
    QVERIFY2(key.ok(), qPrintable(errorText(key)));

    QByteArray allBytes;
    for (const QString& suffix : {QString(), u"-wal"_s}) {
        QFile file(m_fixture->registry().filePath() + suffix);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.isEmpty(), qPrintable(file.fileName()));
        // The whole token, and its random part alone, in case a prefix were ever stored apart from it.
        for (const QString& plaintext : {app.value().secret, app.value().secret.mid(CredentialFormat::PrefixLength),
                                         key.value().apiKey, key.value().apiKey.mid(CredentialFormat::PrefixLength)}) {
            QVERIFY2(!bytes.contains(plaintext.toUtf8()), qPrintable(file.fileName()));
            QVERIFY2(
                !bytes.contains(QByteArray(reinterpret_cast<const char*>(plaintext.utf16()), plaintext.size() * 2)),
                qPrintable(file.fileName()));
        }
        allBytes += bytes;
    }
    // The scan does see what is stored: the hashes are there.
    QVERIFY(allBytes.contains(sha256Of(app.value().secret).toLatin1()));
    QVERIFY(allBytes.contains(sha256Of(key.value().apiKey).toLatin1()));
}

void RegistrationTest::withoutSecretServiceNothingIsWritten()
{
    if (!runsHere(TestKeychain::Expectation::Absent))
        QSKIP("runs in the ctest entry tst_registration_no_service");

    const Result<IssuedApp> app = m_fixture->createApp(SampleApps::details(u"Unkept"_s));
    QVERIFY(!app.ok());
    QVERIFY2(app.error().code == QKeychain::OtherError || app.error().code == QKeychain::NoBackendAvailable,
             qPrintable(QString::number(app.error().code)));
    QVERIFY2(app.error().message.startsWith(u"The OS keychain is not available: "_s), qPrintable(app.error().message));
    QVERIFY(!app.error().hint.isEmpty());
    QCOMPARE(rowCount(*m_fixture->registry().database(), u"apps"_s), 0);

    const AppRecord existing = SampleApps::record(u"Existing App"_s, FixedClock::defaultNow());
    QVERIFY(m_fixture->repository()->insertApp(existing).ok());
    const Result<IssuedKey> key = m_fixture->generateApiKey(existing.applicationId, 365);
    QVERIFY(!key.ok());
    QVERIFY2(key.error().message.startsWith(u"The OS keychain is not available: "_s), qPrintable(key.error().message));
    QCOMPARE(rowCount(*m_fixture->registry().database(), u"api_keys"_s), 0);
}

void RegistrationTest::aReadOnlyRegistryRefusesBeforeTheKeychain()
{
    const AppRecord existing = SampleApps::record(u"Existing App"_s, FixedClock::defaultNow());
    QVERIFY(m_fixture->repository()->insertApp(existing).ok());
    const Result<std::shared_ptr<AppRepository>> readOnly =
        m_fixture->registry().openAnother(Database::AccessMode::ReadOnly);
    QVERIFY2(readOnly.ok(), qPrintable(errorText(readOnly)));
    AppService apps(readOnly.value()->database(), m_fixture->secrets(), m_fixture->catalogue(), m_fixture->clock());
    CredentialService credentials(readOnly.value()->database(), m_fixture->secrets(), m_fixture->clock());

    const Result<IssuedApp> app = answerOf<Result<IssuedApp>>(
        [&](auto done) { apps.createApp(SampleApps::details(u"Not now"_s), SampleApps::scope(), std::move(done)); });
    QVERIFY(!app.ok());
    QCOMPARE(app.error().code, ErrorCode::ReadOnly);
    QCOMPARE(app.error().message, u"The registry is open read-only: creating an app is not allowed."_s);
    const Result<IssuedKey> key = answerOf<Result<IssuedKey>>(
        [&](auto done) { credentials.generateApiKey(existing.applicationId, 365, std::move(done)); });
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, ErrorCode::ReadOnly);
    QCOMPARE(key.error().message, u"The registry is open read-only: generating an API key is not allowed."_s);

    QCOMPARE(m_fixture->secrets()->writtenEntries(), QStringList());
    QCOMPARE(m_fixture->secrets()->readEntries(), QStringList());
    QCOMPARE(rowCount(*m_fixture->registry().database(), u"apps"_s), 1);
    QCOMPARE(rowCount(*m_fixture->registry().database(), u"api_keys"_s), 0);
}

QTEST_GUILESS_MAIN(RegistrationTest)
#include "tst_registration.moc"
