#include "AppRegistrationService.h"
#include "CallbackResult.h"
#include "CredentialFormat.h"
#include "ErrorCode.h"
#include "FixedClock.h"
#include "KeychainSecretStore.h"
#include "PermissionCatalogue.h"
#include "RecordingSecretStore.h"
#include "SampleApps.h"
#include "SecretEntryKeys.h"
#include "TemporaryRegistry.h"
#include "TestKeychain.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
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

int rowCount(const Database& database, const QString& table)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool execute(const Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    return query.exec(sql);
}

template <typename T> QString errorText(const Result<T>& result)
{
    return result.ok() ? QString() : result.error().text();
}

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
    Result<IssuedApp> createApp(const AppDetails& details, const AppScope& scope);
    Result<IssuedKey> generateApiKey(const QString& applicationId, int lifetimeDays);
    Result<QString> readFromKeychain(const QString& entryKey);
    QStringList keychainEntriesOfThisRegistry();

    std::shared_ptr<const PermissionCatalogue> m_catalogue;
    std::unique_ptr<TemporaryRegistry> m_registry;
    std::shared_ptr<FixedClock> m_clock;
    std::shared_ptr<RecordingSecretStore> m_secrets;
    std::unique_ptr<AppRegistrationService> m_service;
};

void RegistrationTest::initTestCase()
{
    const QString problem = TestKeychain::environmentProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    Result<PermissionCatalogue> catalogue =
        PermissionCatalogue::load(QString::fromLatin1(PermissionCatalogue::DefaultResourcePath));
    QVERIFY2(catalogue.ok(), qPrintable(errorText(catalogue)));
    m_catalogue = std::make_shared<const PermissionCatalogue>(std::move(catalogue).value());
}

void RegistrationTest::init()
{
    m_clock = std::make_shared<FixedClock>();
    m_registry = std::make_unique<TemporaryRegistry>(m_clock);
    QVERIFY2(m_registry->isOpen(), qPrintable(m_registry->errorText()));
    m_secrets = std::make_shared<RecordingSecretStore>(std::make_shared<KeychainSecretStore>());
    m_service = std::make_unique<AppRegistrationService>(m_registry->repository(), m_secrets, m_catalogue, m_clock);
}

// Leaves the shared test keyring as it was found, whatever the test did.
void RegistrationTest::cleanup()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        return;
    KeychainSecretStore keychain;
    for (const QString& entryKey : keychainEntriesOfThisRegistry()) {
        CallbackResult<Status> removed;
        keychain.remove(entryKey, removed.callback());
        QVERIFY(removed.wait());
    }
}

Result<IssuedApp> RegistrationTest::createApp(const AppDetails& details, const AppScope& scope)
{
    CallbackResult<Result<IssuedApp>> created;
    m_service->createApp(details, scope, created.callback());
    if (!created.wait())
        return Error{u"createApp never called back"_s, {}};
    if (created.callCount() != 1)
        return Error{u"createApp called back %1 times"_s.arg(created.callCount()), {}};
    return created.value();
}

Result<IssuedKey> RegistrationTest::generateApiKey(const QString& applicationId, int lifetimeDays)
{
    CallbackResult<Result<IssuedKey>> generated;
    m_service->generateApiKey(applicationId, lifetimeDays, generated.callback());
    if (!generated.wait())
        return Error{u"generateApiKey never called back"_s, {}};
    if (generated.callCount() != 1)
        return Error{u"generateApiKey called back %1 times"_s.arg(generated.callCount()), {}};
    return generated.value();
}

Result<QString> RegistrationTest::readFromKeychain(const QString& entryKey)
{
    KeychainSecretStore keychain;
    CallbackResult<Result<QString>> read;
    keychain.read(entryKey, read.callback());
    if (!read.wait())
        return Error{u"the keychain never answered"_s, {}};
    return read.value();
}

QStringList RegistrationTest::keychainEntriesOfThisRegistry()
{
    const Result<QStringList> entries = TestKeychain::appKeysEntries(m_registry->database()->registryId() + u'/');
    return entries.ok() ? entries.value() : QStringList{u"(secret-tool failed: %1)"_s.arg(errorText(entries))};
}

void RegistrationTest::createsTheAppWithItsSecretInTheKeychain()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_registration");
    AppScope scope{AuthMethod::JwtGroups, {u"guests.write"_s, u"appointments.read"_s, u"guests.write"_s}};

    const Result<IssuedApp> issued = createApp(SampleApps::details(u"  Front desk  "_s), scope);
    QVERIFY2(issued.ok(), qPrintable(errorText(issued)));
    const IssuedApp& app = issued.value();
    static const QRegularExpression uuidV4(u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    QVERIFY2(uuidV4.match(app.applicationId).hasMatch(), qPrintable(app.applicationId));
    QVERIFY(CredentialFormat::isWellFormed(app.secret, CredentialKind::Secret));
    QCOMPARE(app.secretHint, u"appsec_…"_s + app.secret.right(4));

    const Result<AppRecord> stored = m_registry->repository()->findApp(app.applicationId);
    QVERIFY2(stored.ok(), qPrintable(errorText(stored)));
    QCOMPARE(stored.value().details.name, u"Front desk"_s);
    QCOMPARE(stored.value().secretSha256, sha256Of(app.secret));
    QCOMPARE(stored.value().secretHint, app.secretHint);
    QCOMPARE(stored.value().createdBy, m_registry->database()->actor());
    QCOMPARE(stored.value().createdAt, FixedClock::defaultNow());
    QCOMPARE(stored.value().scope.authMethod, AuthMethod::JwtGroups);
    QCOMPARE(stored.value().scope.permissionIds, (QStringList{u"appointments.read"_s, u"guests.write"_s}));

    const QString entryKey = SecretEntryKeys::appSecret(m_registry->database()->registryId(), app.applicationId);
    const Result<QString> kept = readFromKeychain(entryKey);
    QVERIFY2(kept.ok(), qPrintable(errorText(kept)));
    QVERIFY2(kept.value() == app.secret, "the keychain holds another secret"); // QCOMPARE would print it
    QCOMPARE(keychainEntriesOfThisRegistry(), QStringList{entryKey});
}

void RegistrationTest::generatesAKeyThatExpiresInAYear()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_registration");
    const Result<IssuedApp> app = createApp(SampleApps::details(u"Keyed"_s), SampleApps::scope());
    QVERIFY2(app.ok(), qPrintable(errorText(app)));
    const QDateTime issuedAt = FixedClock::defaultNow().addDays(2);
    m_clock->setNowUtc(issuedAt);

    const Result<IssuedKey> issued =
        generateApiKey(app.value().applicationId, AppRegistrationService::DefaultKeyLifetimeDays);
    QVERIFY2(issued.ok(), qPrintable(errorText(issued)));
    const IssuedKey& key = issued.value();
    QVERIFY(CredentialFormat::isWellFormed(key.apiKey, CredentialKind::ApiKey));
    QCOMPARE(key.keyHint, u"appkey_…"_s + key.apiKey.right(4));
    QCOMPARE(key.expiresAt, issuedAt.addDays(365));

    const Result<QList<KeyRecord>> rows = m_registry->repository()->keysForApp(app.value().applicationId);
    QVERIFY2(rows.ok(), qPrintable(errorText(rows)));
    QCOMPARE(rows.value().size(), 1);
    const KeyRecord& row = rows.value().constFirst();
    QCOMPARE(row.keyId, key.keyId);
    QCOMPARE(row.keySha256, sha256Of(key.apiKey));
    QCOMPARE(row.keyHint, key.keyHint);
    QCOMPARE(row.createdBy, m_registry->database()->actor());
    QCOMPARE(row.createdAt, issuedAt);
    QCOMPARE(row.expiresAt, issuedAt.addDays(365));

    const QString entryKey =
        SecretEntryKeys::apiKey(m_registry->database()->registryId(), app.value().applicationId, key.keyId);
    const Result<QString> kept = readFromKeychain(entryKey);
    QVERIFY2(kept.ok(), qPrintable(errorText(kept)));
    QVERIFY2(kept.value() == key.apiKey, "the keychain holds another key");
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
    QVERIFY(m_registry->repository()->insertApp(SampleApps::record(u"Existing App"_s, FixedClock::defaultNow())).ok());

    const Result<IssuedApp> issued =
        createApp(SampleApps::details(name), AppScope{AuthMethod::ApiKeyGroups, permissionIds});
    QVERIFY(!issued.ok());
    QVERIFY(!issued.error().message.isEmpty());
    QVERIFY2(issued.error().message.contains(expectedMessagePart), qPrintable(issued.error().message));
    QCOMPARE(m_secrets->writtenEntries(), QStringList());
    QCOMPARE(rowCount(*m_registry->database(), u"apps"_s), 1);
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
    QVERIFY(m_registry->repository()->insertApp(app).ok());

    const QString applicationId = knownApp ? app.applicationId : u"00000000-0000-4000-8000-000000000000"_s;
    const Result<IssuedKey> issued = generateApiKey(applicationId, lifetimeDays);
    QVERIFY(!issued.ok());
    QVERIFY(!issued.error().message.isEmpty());
    QCOMPARE(m_secrets->writtenEntries(), QStringList());
    QCOMPARE(rowCount(*m_registry->database(), u"api_keys"_s), 0);
}

void RegistrationTest::aFailedAppCommitRemovesTheKeychainEntry()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_registration");
    QVERIFY(execute(*m_registry->database(), u"CREATE TRIGGER refuse_apps BEFORE INSERT ON apps"
                                             " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s));

    const Result<IssuedApp> issued = createApp(SampleApps::details(u"Doomed"_s), SampleApps::scope());
    QVERIFY(!issued.ok());
    QVERIFY2(issued.error().message.contains(u"Doomed"_s), qPrintable(issued.error().message));
    QVERIFY2(issued.error().hint.contains(u"refused by the test"_s), qPrintable(issued.error().hint));

    QCOMPARE(m_secrets->writtenEntries().size(), 1);
    QCOMPARE(m_secrets->removedEntries(), m_secrets->writtenEntries());
    QCOMPARE(keychainEntriesOfThisRegistry(), QStringList());
    QCOMPARE(rowCount(*m_registry->database(), u"apps"_s), 0);
}

void RegistrationTest::aFailedKeyCommitRemovesTheKeychainEntry()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_registration");
    const Result<IssuedApp> app = createApp(SampleApps::details(u"Keyless"_s), SampleApps::scope());
    QVERIFY2(app.ok(), qPrintable(errorText(app)));
    QVERIFY(execute(*m_registry->database(), u"CREATE TRIGGER refuse_keys BEFORE INSERT ON api_keys"
                                             " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s));

    const Result<IssuedKey> issued = generateApiKey(app.value().applicationId, 30);
    QVERIFY(!issued.ok());
    QVERIFY2(issued.error().hint.contains(u"refused by the test"_s), qPrintable(issued.error().hint));

    const QString appSecretEntry =
        SecretEntryKeys::appSecret(m_registry->database()->registryId(), app.value().applicationId);
    QCOMPARE(m_secrets->writtenEntries().size(), 2);
    QCOMPARE(m_secrets->removedEntries(), QStringList{m_secrets->writtenEntries().constLast()});
    QCOMPARE(keychainEntriesOfThisRegistry(), QStringList{appSecretEntry});
    QCOMPARE(rowCount(*m_registry->database(), u"api_keys"_s), 0);
}

void RegistrationTest::theRegistryFilesHoldNoPlaintext()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_registration");
    const Result<IssuedApp> app = createApp(SampleApps::details(u"Scanned"_s), SampleApps::scope());
    QVERIFY2(app.ok(), qPrintable(errorText(app)));
    const Result<IssuedKey> key = generateApiKey(app.value().applicationId, 90);
    QVERIFY2(key.ok(), qPrintable(errorText(key)));

    QByteArray allBytes;
    for (const QString& suffix : {QString(), u"-wal"_s}) {
        QFile file(m_registry->filePath() + suffix);
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

    const Result<IssuedApp> app = createApp(SampleApps::details(u"Unkept"_s), SampleApps::scope());
    QVERIFY(!app.ok());
    QVERIFY2(app.error().code == QKeychain::OtherError || app.error().code == QKeychain::NoBackendAvailable,
             qPrintable(QString::number(app.error().code)));
    QVERIFY2(app.error().message.startsWith(u"The OS keychain is not available: "_s), qPrintable(app.error().message));
    QVERIFY(!app.error().hint.isEmpty());
    QCOMPARE(rowCount(*m_registry->database(), u"apps"_s), 0);

    const AppRecord existing = SampleApps::record(u"Existing App"_s, FixedClock::defaultNow());
    QVERIFY(m_registry->repository()->insertApp(existing).ok());
    const Result<IssuedKey> key = generateApiKey(existing.applicationId, 365);
    QVERIFY(!key.ok());
    QVERIFY2(key.error().message.startsWith(u"The OS keychain is not available: "_s), qPrintable(key.error().message));
    QCOMPARE(rowCount(*m_registry->database(), u"api_keys"_s), 0);
}

void RegistrationTest::aReadOnlyRegistryRefusesBeforeTheKeychain()
{
    const AppRecord existing = SampleApps::record(u"Existing App"_s, FixedClock::defaultNow());
    QVERIFY(m_registry->repository()->insertApp(existing).ok());
    const Result<std::shared_ptr<AppRepository>> readOnly = m_registry->openAnother(Database::AccessMode::ReadOnly);
    QVERIFY2(readOnly.ok(), qPrintable(errorText(readOnly)));
    m_service = std::make_unique<AppRegistrationService>(readOnly.value(), m_secrets, m_catalogue, m_clock);

    const Result<IssuedApp> app = createApp(SampleApps::details(u"Not now"_s), SampleApps::scope());
    QVERIFY(!app.ok());
    QCOMPARE(app.error().code, ErrorCode::ReadOnly);
    QCOMPARE(app.error().message, u"The registry is open read-only: creating an app is not allowed."_s);
    const Result<IssuedKey> key = generateApiKey(existing.applicationId, 365);
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, ErrorCode::ReadOnly);
    QCOMPARE(key.error().message, u"The registry is open read-only: generating an API key is not allowed."_s);

    QCOMPARE(m_secrets->writtenEntries(), QStringList());
    QCOMPARE(m_secrets->readEntries(), QStringList());
    QCOMPARE(rowCount(*m_registry->database(), u"apps"_s), 1);
    QCOMPARE(rowCount(*m_registry->database(), u"api_keys"_s), 0);
}

QTEST_GUILESS_MAIN(RegistrationTest)
#include "tst_registration.moc"
