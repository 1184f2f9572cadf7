#include "CallbackResult.h"
#include "ConnectionErrorCode.h"
#include "DatabasePasswordDialog.h"
#include "ErrorText.h"
#include "KeychainSecretStore.h"
#include "PasswordDialogScript.h"
#include "PostgresTestServer.h"
#include "RegistryConnector.h"
#include "TestKeychain.h"
#include "TestRegistryLocation.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace AppKeys;

/// The window's way into a team registry: DatabasePasswordDialog::openAsking, driven with QTest as a user types,
/// against the private PostgreSQL server (scripts/with-postgres), with the password kept in the real keychain
/// (scripts/with-keyring), which is the subject here.
class DatabasePasswordDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aTypedPasswordOpensTheRegistryAndIsKeptInTheKeychain();
    void cancelReturnsTheErrorAndStoresNothing();
    void aRejectedPasswordIsAskedAgainWithTheServersReason();
    void aStoredPasswordTheServerRefusesIsAskedForAgain();
    void anSqliteRegistryNeverAsks();

private:
    Result<std::shared_ptr<Database>> openAsking(const QString& location);
    bool keychainHoldsPasswordOf(const QString& url) const;
    void forgetPassword(const QString& url);

    std::unique_ptr<PostgresTestServer> m_server;
    std::unique_ptr<TestRegistryLocation> m_place;
    std::unique_ptr<RegistryConnector> m_connector;
};

void DatabasePasswordDialogTest::initTestCase()
{
    if (const QString unavailable = PostgresTestServer::unavailableReason(); !unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    const QString keychainProblem = TestKeychain::environmentProblem();
    QVERIFY2(keychainProblem.isEmpty(), qPrintable(keychainProblem));
    qputenv("APPKEYS_TEST_ENGINE", "postgresql");
    m_server = std::make_unique<PostgresTestServer>(PostgresTestServer::fromEnvironment());
}

void DatabasePasswordDialogTest::init()
{
    m_place = std::make_unique<TestRegistryLocation>();
    QVERIFY2(m_place->isValid(), qPrintable(m_place->errorText()));
    m_connector = std::make_unique<RegistryConnector>(std::make_shared<KeychainSecretStore>());
}

void DatabasePasswordDialogTest::cleanup()
{
    if (m_place)
        forgetPassword(m_place->location());
    m_connector.reset();
    m_place.reset();
}

Result<std::shared_ptr<Database>> DatabasePasswordDialogTest::openAsking(const QString& location)
{
    return DatabasePasswordDialog::openAsking(nullptr, *m_connector, location, Database::AccessMode::ReadWrite);
}

bool DatabasePasswordDialogTest::keychainHoldsPasswordOf(const QString& url) const
{
    const Result<QStringList> entries = TestKeychain::appKeysEntries(url);
    return entries.ok() && entries.value().contains(RegistryConnector::passwordEntryKey(url).value());
}

void DatabasePasswordDialogTest::forgetPassword(const QString& url)
{
    CallbackResult<Status> forgotten;
    m_connector->forgetPassword(url, forgotten.callback());
    QVERIFY(forgotten.wait());
    QVERIFY2(forgotten.value().ok(), qPrintable(errorText(forgotten.value())));
}

void DatabasePasswordDialogTest::aTypedPasswordOpensTheRegistryAndIsKeptInTheKeychain()
{
    const QString url = m_place->location();
    const QString password = m_server->password(PostgresTestServer::Role::Admin);
    bool okWaitedForAPassword = false;
    PasswordDialogScript script({[&](DatabasePasswordDialog& dialog) {
        okWaitedForAPassword = !dialog.okButton()->isEnabled();
        QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
        PasswordDialogScript::typeAndPressReturn(dialog, password);
    }});

    const Result<std::shared_ptr<Database>> opened = openAsking(url);
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    QCOMPARE(opened.value()->actor(), m_server->roleName(PostgresTestServer::Role::Admin));
    QCOMPARE(script.reasons(),
             QStringList{u"No password for the registry %1 is stored in the keychain yet."_s.arg(url)});
    QVERIFY(okWaitedForAPassword);
    QVERIFY(keychainHoldsPasswordOf(url));

    // Entered once: the next start opens the registry from the keychain, without a dialog.
    PasswordDialogScript nextStart({});
    RegistryConnector nextConnector(std::make_shared<KeychainSecretStore>());
    const Result<std::shared_ptr<Database>> reopened =
        DatabasePasswordDialog::openAsking(nullptr, nextConnector, url, Database::AccessMode::ReadOnly);
    QVERIFY2(reopened.ok(), qPrintable(errorText(reopened)));
    QCOMPARE(nextStart.shownCount(), 0);
}

void DatabasePasswordDialogTest::cancelReturnsTheErrorAndStoresNothing()
{
    const QString url = m_place->location();
    PasswordDialogScript script({[](DatabasePasswordDialog& dialog) {
        QTest::keyClicks(dialog.passwordEdit(), u"half typed"_s);
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
    }});

    const Result<std::shared_ptr<Database>> opened = openAsking(url);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ConnectionErrorCode::PasswordMissing);
    QCOMPARE(script.shownCount(), 1);
    QVERIFY(!keychainHoldsPasswordOf(url));
}

void DatabasePasswordDialogTest::aRejectedPasswordIsAskedAgainWithTheServersReason()
{
    const QString url = m_place->location();
    bool storedAfterTheWrongOne = true;
    PasswordDialogScript script(
        {[](DatabasePasswordDialog& dialog) { PasswordDialogScript::typeAndPressReturn(dialog, u"a typo"_s); },
         [&](DatabasePasswordDialog& dialog) {
             storedAfterTheWrongOne = keychainHoldsPasswordOf(url);
             QVERIFY(dialog.passwordEdit()->text().isEmpty());
             PasswordDialogScript::typeAndPressReturn(dialog, m_server->password(PostgresTestServer::Role::Admin));
         }});

    const Result<std::shared_ptr<Database>> opened = openAsking(url);
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    QCOMPARE(script.shownCount(), 2);
    QCOMPARE(script.reasons().at(1),
             u"The database server 127.0.0.1:%1 refused the password of the role “%2”."_s.arg(QUrl(url).port())
                 .arg(m_server->roleName(PostgresTestServer::Role::Admin)));
    QVERIFY2(!storedAfterTheWrongOne, "the refused password was stored in the keychain");
    QVERIFY(keychainHoldsPasswordOf(url));
}

void DatabasePasswordDialogTest::aStoredPasswordTheServerRefusesIsAskedForAgain()
{
    const QString url = m_place->location();
    CallbackResult<Status> stored;
    m_connector->storePassword(url, u"last year's password"_s, stored.callback());
    QVERIFY(stored.wait() && stored.value().ok());
    PasswordDialogScript script({[this](DatabasePasswordDialog& dialog) {
        PasswordDialogScript::typeAndPressReturn(dialog, m_server->password(PostgresTestServer::Role::Admin));
    }});

    const Result<std::shared_ptr<Database>> opened = openAsking(url);
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    QCOMPARE(script.shownCount(), 1);
    QVERIFY2(script.reasons().first().contains(u"refused the password"_s), qPrintable(script.reasons().first()));
    // The new password replaced the old one: the next open needs no dialog.
    PasswordDialogScript nextStart({});
    QVERIFY(openAsking(url).ok());
    QCOMPARE(nextStart.shownCount(), 0);
}

void DatabasePasswordDialogTest::anSqliteRegistryNeverAsks()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    PasswordDialogScript script({});
    const Result<std::shared_ptr<Database>> opened = openAsking(folder.filePath(u"appkeys.sqlite"_s));
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    QCOMPARE(script.shownCount(), 0);
}

QTEST_MAIN(DatabasePasswordDialogTest)
#include "tst_database_password_dialog.moc"
