#include "CallbackResult.h"
#include "ConnectionErrorCode.h"
#include "DatabasePasswordDialog.h"
#include "ErrorText.h"
#include "KeychainSecretStore.h"
#include "PasswordDialogScript.h"
#include "PostgresKeychainFixture.h"
#include "RegistryConnector.h"

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
    QString adminPassword() const { return m_team->password(PostgresTestServer::Role::Admin); }

    std::unique_ptr<PostgresKeychainFixture> m_team;
    std::unique_ptr<RegistryConnector> m_connector;
};

void DatabasePasswordDialogTest::initTestCase()
{
    PostgresKeychainFixture::prepareTestCase();
}

void DatabasePasswordDialogTest::init()
{
    m_team = std::make_unique<PostgresKeychainFixture>();
    QVERIFY2(m_team->isValid(), qPrintable(m_team->errorText()));
    m_connector = std::make_unique<RegistryConnector>(std::make_shared<KeychainSecretStore>());
}

void DatabasePasswordDialogTest::cleanup()
{
    m_connector.reset();
    if (m_team) {
        const Status forgotten = m_team->forgetPasswords();
        QVERIFY2(forgotten.ok(), qPrintable(errorText(forgotten)));
    }
    m_team.reset();
}

Result<std::shared_ptr<Database>> DatabasePasswordDialogTest::openAsking(const QString& location)
{
    return DatabasePasswordDialog::openAsking(nullptr, *m_connector, location, Database::AccessMode::ReadWrite);
}

void DatabasePasswordDialogTest::aTypedPasswordOpensTheRegistryAndIsKeptInTheKeychain()
{
    const QString url = m_team->url();
    const QString password = adminPassword();
    bool okWaitedForAPassword = false;
    PasswordDialogScript script({[&](DatabasePasswordDialog& dialog) {
        okWaitedForAPassword = !dialog.okButton()->isEnabled();
        QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
        PasswordDialogScript::typeAndPressReturn(dialog, password);
    }});

    const Result<std::shared_ptr<Database>> opened = openAsking(url);
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    QCOMPARE(opened.value()->actor(), m_team->roleName(PostgresTestServer::Role::Admin));
    QCOMPARE(script.reasons(),
             QStringList{u"No password for the registry %1 is stored in the keychain yet."_s.arg(url)});
    QVERIFY(okWaitedForAPassword);
    QVERIFY(PostgresKeychainFixture::holdsPasswordOf(url));

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
    const QString url = m_team->url();
    PasswordDialogScript script({[](DatabasePasswordDialog& dialog) {
        QTest::keyClicks(dialog.passwordEdit(), u"half typed"_s);
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
    }});

    const Result<std::shared_ptr<Database>> opened = openAsking(url);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ConnectionErrorCode::PasswordMissing);
    QCOMPARE(script.shownCount(), 1);
    QVERIFY(!PostgresKeychainFixture::holdsPasswordOf(url));
}

void DatabasePasswordDialogTest::aRejectedPasswordIsAskedAgainWithTheServersReason()
{
    const QString url = m_team->url();
    bool storedAfterTheWrongOne = true;
    PasswordDialogScript script(
        {[](DatabasePasswordDialog& dialog) { PasswordDialogScript::typeAndPressReturn(dialog, u"a typo"_s); },
         [&](DatabasePasswordDialog& dialog) {
             storedAfterTheWrongOne = PostgresKeychainFixture::holdsPasswordOf(url);
             QVERIFY(dialog.passwordEdit()->text().isEmpty());
             PasswordDialogScript::typeAndPressReturn(dialog, adminPassword());
         }});

    const Result<std::shared_ptr<Database>> opened = openAsking(url);
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    QCOMPARE(script.shownCount(), 2);
    QCOMPARE(script.reasons().at(1),
             u"The database server 127.0.0.1:%1 refused the password of the role “%2”."_s.arg(QUrl(url).port())
                 .arg(m_team->roleName(PostgresTestServer::Role::Admin)));
    QVERIFY2(!storedAfterTheWrongOne, "the refused password was stored in the keychain");
    QVERIFY(PostgresKeychainFixture::holdsPasswordOf(url));
}

void DatabasePasswordDialogTest::aStoredPasswordTheServerRefusesIsAskedForAgain()
{
    const QString url = m_team->url();
    CallbackResult<Status> stored;
    m_connector->storePassword(url, u"last year's password"_s, stored.callback());
    QVERIFY(stored.wait() && stored.value().ok());
    PasswordDialogScript script({[this](DatabasePasswordDialog& dialog) {
        PasswordDialogScript::typeAndPressReturn(dialog, adminPassword());
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
