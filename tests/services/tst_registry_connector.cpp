#include "CallbackResult.h"
#include "ConnectionErrorCode.h"
#include "ErrorText.h"
#include "KeychainSecretStore.h"
#include "PostgresConnectionError.h"
#include "PostgresKeychainFixture.h"
#include "RecordingSecretStore.h"
#include "RegistryConnector.h"
#include "TestKeychain.h"

#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

/// A PostgreSQL registry's password, entered once and kept in the real keychain (scripts/with-keyring), opening
/// the real server (scripts/with-postgres); an SQLite registry never touches the keychain.
class RegistryConnectorTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aStoredPasswordOpensTheRegistry();
    void withoutAStoredPasswordItSaysSo();
    void aStoredPasswordTheServerRefusesAsksForItAgain();
    void logInStoresOnlyAPasswordThatOpensTheRegistry();
    void theSupportRoleHasAPasswordOfItsOwn();
    void anSqliteRegistryNeverTouchesTheKeychain();
    void aRefusalInUnrecognisedWordsMayBeCuredByAPassword();

private:
    Status store(const QString& url, const QString& password);
    Status forget(const QString& url);
    Result<std::shared_ptr<Database>> open(const QString& url);

    std::unique_ptr<PostgresKeychainFixture> m_team;
    std::shared_ptr<RecordingSecretStore> m_keychain;
    std::unique_ptr<RegistryConnector> m_connector;
};

void RegistryConnectorTest::initTestCase()
{
    PostgresKeychainFixture::prepareTestCase();
}

void RegistryConnectorTest::init()
{
    m_team = std::make_unique<PostgresKeychainFixture>();
    QVERIFY2(m_team->isValid(), qPrintable(m_team->errorText()));
    m_keychain = std::make_shared<RecordingSecretStore>(std::make_shared<KeychainSecretStore>());
    m_connector = std::make_unique<RegistryConnector>(m_keychain);
}

void RegistryConnectorTest::cleanup()
{
    m_connector.reset();
    m_keychain.reset();
    const Status forgotten = m_team->forgetPasswords();
    QVERIFY2(forgotten.ok(), qPrintable(errorText(forgotten)));
    m_team.reset();
}

Status RegistryConnectorTest::store(const QString& url, const QString& password)
{
    CallbackResult<Status> stored;
    m_connector->storePassword(url, password, stored.callback());
    return stored.wait() ? stored.value() : Status(Error{u"the keychain did not answer"_s, {}});
}

Status RegistryConnectorTest::forget(const QString& url)
{
    CallbackResult<Status> forgotten;
    m_connector->forgetPassword(url, forgotten.callback());
    return forgotten.wait() ? forgotten.value() : Status(Error{u"the keychain did not answer"_s, {}});
}

Result<std::shared_ptr<Database>> RegistryConnectorTest::open(const QString& url)
{
    CallbackResult<Result<std::shared_ptr<Database>>> opened;
    m_connector->open(url, Database::AccessMode::ReadWrite, opened.callback());
    if (!opened.wait())
        return Error{u"the keychain did not answer"_s, {}};
    return opened.value();
}

void RegistryConnectorTest::aStoredPasswordOpensTheRegistry()
{
    const QString url = m_team->url();
    const Status stored = store(url, m_team->password(PostgresTestServer::Role::Admin));
    QVERIFY2(stored.ok(), qPrintable(errorText(stored)));
    const QString entryKey = url + u"/password"_s;
    QCOMPARE(RegistryConnector::passwordEntryKey(url).value(), entryKey);
    QCOMPARE(m_keychain->writtenEntries(), QStringList{entryKey});
    QVERIFY(TestKeychain::holds(entryKey));

    const Result<std::shared_ptr<Database>> opened = open(url);
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    QCOMPARE(opened.value()->actor(), m_team->roleName(PostgresTestServer::Role::Admin));
    QCOMPARE(opened.value()->location(), url);
    QCOMPARE(m_keychain->readEntries(), QStringList{entryKey});

    // The synchronous form, as the command line uses it.
    const Result<std::shared_ptr<Database>> again = m_connector->openAndWait(url, Database::AccessMode::ReadOnly);
    QVERIFY2(again.ok(), qPrintable(errorText(again)));
    QVERIFY(again.value()->isReadOnly());
    QVERIFY(forget(url).ok());
}

void RegistryConnectorTest::withoutAStoredPasswordItSaysSo()
{
    const QString url = m_team->url();
    QVERIFY(forget(url).ok());

    const Result<std::shared_ptr<Database>> opened = open(url);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ConnectionErrorCode::PasswordMissing);
    QCOMPARE(opened.error().message, u"No password for the registry %1 is stored in the keychain yet."_s.arg(url));
    QVERIFY2(opened.error().hint.contains(u"appkeys login"_s), qPrintable(opened.error().hint));
}

void RegistryConnectorTest::aStoredPasswordTheServerRefusesAsksForItAgain()
{
    const QString url = m_team->url();
    QVERIFY(store(url, u"an old password"_s).ok());

    const Result<std::shared_ptr<Database>> opened = open(url);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ConnectionErrorCode::PasswordRejected);
    QVERIFY(!opened.error().text().contains(u"an old password"_s));
    QVERIFY(forget(url).ok());
}

void RegistryConnectorTest::logInStoresOnlyAPasswordThatOpensTheRegistry()
{
    const QString url = m_team->url();
    QVERIFY(forget(url).ok());

    const Result<std::shared_ptr<Database>> refused =
        m_connector->logInAndWait(url, u"a typo"_s, Database::AccessMode::ReadWrite);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ConnectionErrorCode::PasswordRejected);
    QVERIFY(m_keychain->writtenEntries().isEmpty());
    QCOMPARE(open(url).error().code, ConnectionErrorCode::PasswordMissing);

    const Result<std::shared_ptr<Database>> loggedIn = m_connector->logInAndWait(
        url, m_team->password(PostgresTestServer::Role::Admin), Database::AccessMode::ReadWrite);
    QVERIFY2(loggedIn.ok(), qPrintable(errorText(loggedIn)));
    QCOMPARE(m_keychain->writtenEntries(), QStringList{url + u"/password"_s});
    // Entered once: the next start needs nothing but the URL.
    QVERIFY2(open(url).ok(), "the stored password did not open the registry");
    QVERIFY(forget(url).ok());
}

void RegistryConnectorTest::theSupportRoleHasAPasswordOfItsOwn()
{
    const Result<std::shared_ptr<Database>> created = m_team->place().open();
    QVERIFY2(created.ok(), qPrintable(errorText(created)));
    const QString supportUrl = m_team->place().supportUrl();
    const Status stored = store(supportUrl, m_team->password(PostgresTestServer::Role::Support));
    QVERIFY2(stored.ok(), qPrintable(errorText(stored)));
    QVERIFY(RegistryConnector::passwordEntryKey(supportUrl).value() !=
            RegistryConnector::passwordEntryKey(m_team->url()).value());

    const Result<std::shared_ptr<Database>> opened = open(supportUrl);
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    QCOMPARE(opened.value()->actor(), m_team->roleName(PostgresTestServer::Role::Support));
    QVERIFY(forget(supportUrl).ok());
}

void RegistryConnectorTest::anSqliteRegistryNeverTouchesTheKeychain()
{
    QTemporaryDir folder;
    const QString filePath = folder.filePath(u"appkeys.sqlite"_s);
    QVERIFY(!RegistryConnector::needsPassword(filePath));

    const Result<std::shared_ptr<Database>> opened = open(filePath);
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    QCOMPARE(opened.value()->location(), filePath);
    QVERIFY(m_keychain->readEntries().isEmpty());
    QVERIFY(m_keychain->writtenEntries().isEmpty());
}

void RegistryConnectorTest::aRefusalInUnrecognisedWordsMayBeCuredByAPassword()
{
    // A German server says "password authentication failed" in German: AppKeys cannot tell what it is, so the user
    // reads the server's words and may enter the password again.
    const PostgresLocation location = PostgresLocation::parse(u"postgresql://admin@db.example.com/appkeys"_s).value();
    const QString serverText = u"FATAL:  Passwort-Authentifizierung für Benutzer »admin« fehlgeschlagen"_s;
    const Error refused = PostgresConnectionError::fromFailedOpen(
        location, QSqlError(u"Could not connect"_s, serverText, QSqlError::ConnectionError));
    QCOMPARE(refused.code, ConnectionErrorCode::Unrecognised);
    QVERIFY2(refused.hint.contains(serverText), qPrintable(refused.hint));
    QVERIFY(RegistryConnector::isCurableByPassword(refused));

    const Error unknownHost = PostgresConnectionError::fromFailedOpen(
        location, QSqlError(u"Could not connect"_s, u"could not translate host name \"db.example.com\""_s,
                            QSqlError::ConnectionError));
    QCOMPARE(unknownHost.code, ConnectionErrorCode::ServerUnreachable);
    QVERIFY(!RegistryConnector::isCurableByPassword(unknownHost));
}

QTEST_GUILESS_MAIN(RegistryConnectorTest)
#include "tst_registry_connector.moc"
