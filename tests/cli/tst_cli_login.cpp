#include "AppRepository.h"
#include "ApplicationIdentity.h"
#include "CliProcess.h"
#include "CommandLine.h"
#include "ErrorText.h"
#include "PostgresKeychainFixture.h"
#include "SampleApps.h"

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

    QTemporaryDir m_configHome;
    std::unique_ptr<PostgresKeychainFixture> m_team;
};

void CliLoginTest::initTestCase()
{
    if (!PostgresKeychainFixture::prepareTestCase())
        return;
    QVERIFY2(QFile::exists(CliProcess::program()), qPrintable(CliProcess::program()));
    // The commands read no registry location from a developer's own settings.
    QVERIFY(m_configHome.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configHome.path()));
    applyApplicationIdentity();
}

void CliLoginTest::init()
{
    m_team = std::make_unique<PostgresKeychainFixture>();
    QVERIFY2(m_team->isValid(), qPrintable(m_team->errorText()));
}

void CliLoginTest::cleanup()
{
    const Status forgotten = m_team->forgetPasswords();
    QVERIFY2(forgotten.ok(), qPrintable(errorText(forgotten)));
    m_team.reset();
}

CliProcess CliLoginTest::login(const QString& url, const QString& password) const
{
    return CliProcess::run({u"login"_s, u"--database"_s, url}, QProcessEnvironment::systemEnvironment(),
                           password.toUtf8() + '\n');
}

void CliLoginTest::listBeforeLoginSaysHowToLogIn()
{
    const QString url = m_team->url();
    QVERIFY2(m_team->place().open().ok(), "the registry was not created");

    const CliProcess cli = CliProcess::run({u"list"_s, u"--database"_s, url});
    QVERIFY2(cli.exitCode == CommandLine::Failure, qPrintable(cli.describe()));
    QCOMPARE(cli.err, u"appkeys: No password for the registry %1 is stored in the keychain yet.\n"
                      "Enter the password once with: appkeys login --database %1\n"_s.arg(url));
    QCOMPARE(cli.out, QString());
}

void CliLoginTest::loginStoresThePasswordAndListNeedsNoneAfterwards()
{
    const QString url = m_team->url();
    {
        const Result<std::shared_ptr<Database>> created = m_team->place().open();
        QVERIFY2(created.ok(), qPrintable(errorText(created)));
        AppRepository repository(created.value());
        const Status inserted =
            repository.insertApp(SampleApps::record(u"Team booking site"_s, QDateTime::currentDateTimeUtc()));
        QVERIFY2(inserted.ok(), qPrintable(errorText(inserted)));
    }
    const QString password = m_team->password(PostgresTestServer::Role::Admin);

    const CliProcess loggedIn = login(url, password);
    QVERIFY2(loggedIn.exitCode == 0, qPrintable(loggedIn.describe()));
    QCOMPARE(loggedIn.out, u"The password of %1 is stored in the keychain.\n"_s.arg(url));
    QVERIFY(!loggedIn.out.contains(password) && !loggedIn.err.contains(password));
    QVERIFY(PostgresKeychainFixture::holdsPasswordOf(url));

    const CliProcess list = CliProcess::run({u"list"_s, u"--json"_s, u"--database"_s, url});
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    const QJsonArray apps = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(apps.size(), 1);
    QCOMPARE(apps.first().toObject().value(u"name"_s).toString(), u"Team booking site"_s);
}

void CliLoginTest::aWrongPasswordIsRefusedAndNotStored()
{
    const QString url = m_team->url();
    QVERIFY2(m_team->place().open().ok(), "the registry was not created");

    const CliProcess refused = login(url, u"not the password"_s);
    QVERIFY2(refused.exitCode == CommandLine::Failure, qPrintable(refused.describe()));
    QVERIFY2(refused.err.contains(
                 u"refused the password of the role “%1”"_s.arg(m_team->roleName(PostgresTestServer::Role::Admin))),
             qPrintable(refused.describe()));
    QVERIFY(!refused.err.contains(u"not the password"_s));
    QVERIFY(!PostgresKeychainFixture::holdsPasswordOf(url));

    const CliProcess list = CliProcess::run({u"list"_s, u"--database"_s, url});
    QVERIFY2(list.exitCode == CommandLine::Failure, qPrintable(list.describe()));
    QVERIFY2(list.err.contains(u"No password for the registry"_s), qPrintable(list.describe()));
}

void CliLoginTest::theSupportRoleLogsInToo()
{
    QVERIFY2(m_team->place().open().ok(), "the registry was not created");
    const QString supportUrl = m_team->place().supportUrl();

    // From a file written on Windows: the line ends in CRLF, and the CR is not part of the password.
    const CliProcess loggedIn = login(supportUrl, m_team->password(PostgresTestServer::Role::Support) + u'\r');
    QVERIFY2(loggedIn.exitCode == 0, qPrintable(loggedIn.describe()));
    QVERIFY(PostgresKeychainFixture::holdsPasswordOf(supportUrl));
    QVERIFY(!PostgresKeychainFixture::holdsPasswordOf(m_team->url()));

    const CliProcess audit = CliProcess::run({u"audit"_s, u"verify"_s, u"--database"_s, supportUrl});
    QVERIFY2(audit.exitCode == 0, qPrintable(audit.describe()));
}

void CliLoginTest::loginCreatesNoRegistryInAnEmptyDatabase()
{
    const TestRegistryLocation empty(TestRegistryLocation::Contents::Empty);
    QVERIFY2(empty.isValid(), qPrintable(empty.errorText()));
    const QString url = empty.location();

    const CliProcess cli = login(url, m_team->password(PostgresTestServer::Role::Admin));
    QVERIFY2(cli.exitCode == CommandLine::Failure, qPrintable(cli.describe()));
    QVERIFY2(cli.err.startsWith(u"appkeys: “%1” holds no AppKeys registry yet.\n"_s.arg(url)),
             qPrintable(cli.describe()));
    QVERIFY2(cli.err.contains(u"appkeys --database “%1”"_s.arg(url)), qPrintable(cli.describe()));
    QCOMPARE(empty
                 .queryOutsideAppKeys(u"SELECT count(*) FROM information_schema.tables "
                                      "WHERE table_schema = 'public'"_s)
                 .toInt(),
             0);
    QVERIFY(!PostgresKeychainFixture::holdsPasswordOf(url));
}

QTEST_GUILESS_MAIN(CliLoginTest)
#include "tst_cli_login.moc"
