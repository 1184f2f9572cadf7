#include "AppRepository.h"
#include "ApplicationIdentity.h"
#include "CallbackResult.h"
#include "CliProcess.h"
#include "CommandLine.h"
#include "ErrorText.h"
#include "KeychainSecretStore.h"
#include "PostgresTestServer.h"
#include "RegistryConnector.h"
#include "SampleApps.h"
#include "TestKeychain.h"
#include "TestRegistryLocation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

/// `appkeys login` as a support engineer or a script uses it: its own process, reading the password from standard
/// input, against the private PostgreSQL server of scripts/with-postgres, keeping the password in the private
/// keyring of scripts/with-keyring; then the other commands open the team registry with nothing but its URL.
class CliLoginTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listBeforeLoginSaysHowToLogIn();
    void loginStoresThePasswordAndListNeedsNoneAfterwards();
    void aWrongPasswordIsRefusedAndNotStored();
    void theSupportRoleLogsInToo();
    void loginCreatesNoRegistryInAnEmptyDatabase();

private:
    CliProcess login(const QString& url, const QString& password) const;
    bool keychainHoldsPasswordOf(const QString& url) const;
    void forgetPassword(const QString& url);

    QTemporaryDir m_configHome;
    std::unique_ptr<PostgresTestServer> m_server;
    std::unique_ptr<TestRegistryLocation> m_place;
};

void CliLoginTest::initTestCase()
{
    if (const QString unavailable = PostgresTestServer::unavailableReason(); !unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    const QString keychainProblem = TestKeychain::environmentProblem();
    QVERIFY2(keychainProblem.isEmpty(), qPrintable(keychainProblem));
    QVERIFY2(QFile::exists(CliProcess::program()), qPrintable(CliProcess::program()));
    qputenv("APPKEYS_TEST_ENGINE", "postgresql");
    // The commands read no registry location from a developer's own settings.
    QVERIFY(m_configHome.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configHome.path()));
    applyApplicationIdentity();
    m_server = std::make_unique<PostgresTestServer>(PostgresTestServer::fromEnvironment());
}

void CliLoginTest::init()
{
    m_place = std::make_unique<TestRegistryLocation>();
    QVERIFY2(m_place->isValid(), qPrintable(m_place->errorText()));
}

void CliLoginTest::cleanup()
{
    if (m_place) {
        forgetPassword(m_place->location());
        forgetPassword(m_place->supportUrl());
    }
    m_place.reset();
}

CliProcess CliLoginTest::login(const QString& url, const QString& password) const
{
    return CliProcess::run({u"login"_s, u"--database"_s, url}, QProcessEnvironment::systemEnvironment(),
                           password.toUtf8() + '\n');
}

bool CliLoginTest::keychainHoldsPasswordOf(const QString& url) const
{
    const Result<QStringList> entries = TestKeychain::appKeysEntries(url);
    return entries.ok() && entries.value().contains(RegistryConnector::passwordEntryKey(url).value());
}

void CliLoginTest::forgetPassword(const QString& url)
{
    CallbackResult<Status> forgotten;
    RegistryConnector(std::make_shared<KeychainSecretStore>()).forgetPassword(url, forgotten.callback());
    QVERIFY(forgotten.wait());
    QVERIFY2(forgotten.value().ok(), qPrintable(errorText(forgotten.value())));
}

void CliLoginTest::listBeforeLoginSaysHowToLogIn()
{
    const QString url = m_place->location();
    QVERIFY2(m_place->open().ok(), "the registry was not created");

    const CliProcess cli = CliProcess::run({u"list"_s, u"--database"_s, url});
    QVERIFY2(cli.exitCode == CommandLine::Failure, qPrintable(cli.describe()));
    QCOMPARE(cli.err, u"appkeys: No password for the registry %1 is stored in the keychain yet.\n"
                      "Enter the password once with: appkeys login --database %1\n"_s.arg(url));
    QCOMPARE(cli.out, QString());
}

void CliLoginTest::loginStoresThePasswordAndListNeedsNoneAfterwards()
{
    const QString url = m_place->location();
    {
        const Result<std::shared_ptr<Database>> created = m_place->open();
        QVERIFY2(created.ok(), qPrintable(errorText(created)));
        AppRepository repository(created.value());
        const Status inserted =
            repository.insertApp(SampleApps::record(u"Team booking site"_s, QDateTime::currentDateTimeUtc()));
        QVERIFY2(inserted.ok(), qPrintable(errorText(inserted)));
    }
    const QString password = m_server->password(PostgresTestServer::Role::Admin);

    const CliProcess loggedIn = login(url, password);
    QVERIFY2(loggedIn.exitCode == 0, qPrintable(loggedIn.describe()));
    QCOMPARE(loggedIn.out, u"The password of %1 is stored in the keychain.\n"_s.arg(url));
    QVERIFY(!loggedIn.out.contains(password) && !loggedIn.err.contains(password));
    QVERIFY(keychainHoldsPasswordOf(url));

    const CliProcess list = CliProcess::run({u"list"_s, u"--json"_s, u"--database"_s, url});
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    const QJsonArray apps = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(apps.size(), 1);
    QCOMPARE(apps.first().toObject().value(u"name"_s).toString(), u"Team booking site"_s);
}

void CliLoginTest::aWrongPasswordIsRefusedAndNotStored()
{
    const QString url = m_place->location();
    QVERIFY2(m_place->open().ok(), "the registry was not created");

    const CliProcess refused = login(url, u"not the password"_s);
    QVERIFY2(refused.exitCode == CommandLine::Failure, qPrintable(refused.describe()));
    QVERIFY2(refused.err.contains(
                 u"refused the password of the role “%1”"_s.arg(m_server->roleName(PostgresTestServer::Role::Admin))),
             qPrintable(refused.describe()));
    QVERIFY(!refused.err.contains(u"not the password"_s));
    QVERIFY(!keychainHoldsPasswordOf(url));

    const CliProcess list = CliProcess::run({u"list"_s, u"--database"_s, url});
    QVERIFY2(list.exitCode == CommandLine::Failure, qPrintable(list.describe()));
    QVERIFY2(list.err.contains(u"No password for the registry"_s), qPrintable(list.describe()));
}

void CliLoginTest::theSupportRoleLogsInToo()
{
    QVERIFY2(m_place->open().ok(), "the registry was not created");
    const QString supportUrl = m_place->supportUrl();

    // From a file written on Windows: the line ends in CRLF, and the CR is not part of the password.
    const CliProcess loggedIn = login(supportUrl, m_server->password(PostgresTestServer::Role::Support) + u'\r');
    QVERIFY2(loggedIn.exitCode == 0, qPrintable(loggedIn.describe()));
    QVERIFY(keychainHoldsPasswordOf(supportUrl));
    QVERIFY(!keychainHoldsPasswordOf(m_place->location()));

    const CliProcess audit = CliProcess::run({u"audit"_s, u"verify"_s, u"--database"_s, supportUrl});
    QVERIFY2(audit.exitCode == 0, qPrintable(audit.describe()));
}

void CliLoginTest::loginCreatesNoRegistryInAnEmptyDatabase()
{
    const QString url = m_place->location();

    const CliProcess cli = login(url, m_server->password(PostgresTestServer::Role::Admin));
    QVERIFY2(cli.exitCode == CommandLine::Failure, qPrintable(cli.describe()));
    QVERIFY2(cli.err.startsWith(u"appkeys: “%1” holds no AppKeys registry yet.\n"_s.arg(url)),
             qPrintable(cli.describe()));
    QVERIFY2(cli.err.contains(u"appkeys --database “%1”"_s.arg(url)), qPrintable(cli.describe()));
    QCOMPARE(m_place
                 ->queryOutsideAppKeys(u"SELECT count(*) FROM information_schema.tables "
                                       "WHERE table_schema = 'public'"_s)
                 .toInt(),
             0);
    QVERIFY(!keychainHoldsPasswordOf(url));
}

QTEST_GUILESS_MAIN(CliLoginTest)
#include "tst_cli_login.moc"
