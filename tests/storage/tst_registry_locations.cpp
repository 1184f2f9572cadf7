#include "ConnectionErrorCode.h"
#include "Database.h"
#include "ErrorText.h"
#include "PostgresLocation.h"
#include "RegistryConnector.h"
#include "SchemaMigrator.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

/// How a registry is named (--database, Settings) and what is refused before any database is touched: SQLite
/// paths and URLs, PostgreSQL URLs, and files and folders that cannot be a registry. Needs no database server.
class RegistryLocationsTest : public QObject
{
    Q_OBJECT

private slots:
    void opensEveryAcceptedLocationForm_data();
    void opensEveryAcceptedLocationForm();
    void refusesUnsupportedLocations_data();
    void refusesUnsupportedLocations();
    void refusesPostgresUrlsItCannotUse_data();
    void refusesPostgresUrlsItCannotUse();
    void namesOnePostgresRegistryOneWay_data();
    void namesOnePostgresRegistryOneWay();
    void aRemoteServerGetsVerifiedTlsUnlessTheUrlSaysOtherwise_data();
    void aRemoteServerGetsVerifiedTlsUnlessTheUrlSaysOtherwise();

    void refusesAFileThatIsNotADatabase();
    void refusesAFolderThatCannotBeCreated();
    void readOnlyNeverCreatesAFile();
};

void RegistryLocationsTest::opensEveryAcceptedLocationForm_data()
{
    QTest::addColumn<QString>("locationTemplate"); // %1 is the temporary folder

    QTest::newRow("plain path") << u"%1/plain.sqlite"_s;
    QTest::newRow("sqlite URL") << u"sqlite://%1/url.sqlite"_s;
}

void RegistryLocationsTest::opensEveryAcceptedLocationForm()
{
    QFETCH(QString, locationTemplate);
    QTemporaryDir folder;
    const QString location = locationTemplate.arg(folder.path());

    const Result<std::shared_ptr<Database>> opened = Database::open(location);
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    const QString filePath = folder.filePath(QFileInfo(location).fileName());
    QCOMPARE(opened.value()->location(), filePath);
    QVERIFY(QFileInfo::exists(filePath));
    QCOMPARE(SchemaMigrator::currentVersion(opened.value()->connection()).value(), SchemaMigrator::latestVersion());
}

void RegistryLocationsTest::refusesUnsupportedLocations_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("expectedMessage");

    QTest::newRow("another scheme") << u"mysql://db.example.com/appkeys"_s
                                    << u"AppKeys cannot open the registry “mysql://db.example.com/appkeys”."_s;
    QTest::newRow("sqlite URL with a host")
        << u"sqlite://db.example.com/appkeys.sqlite"_s
        << u"AppKeys cannot open the registry “sqlite://db.example.com/appkeys.sqlite”."_s;
    QTest::newRow("a mistyped scheme with a password, which is not repeated")
        << u"postgressql://admin:s3cret@db.example.com/appkeys"_s
        << u"AppKeys cannot open the registry “postgressql://admin@db.example.com/appkeys”."_s;
}

void RegistryLocationsTest::refusesUnsupportedLocations()
{
    QFETCH(QString, location);
    QFETCH(QString, expectedMessage);

    const Result<std::shared_ptr<Database>> opened = Database::open(location);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().message, expectedMessage);
    QVERIFY(!opened.error().hint.isEmpty());
    QVERIFY2(opened.error().hint.contains(u"sqlite:///"_s), qPrintable(opened.error().hint));
    QVERIFY2(opened.error().hint.contains(u"postgresql://role@host:port/database"_s), qPrintable(opened.error().hint));
}

void RegistryLocationsTest::refusesPostgresUrlsItCannotUse_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expectedMessage");
    QTest::addColumn<QString>("expectedHintPart");

    QTest::newRow("password in the URL") << u"postgresql://appkeys_admin:Sesame-42@db.example.com/appkeys"_s
                                         << u"The PostgreSQL URL contains a password."_s << u"keychain"_s;
    QTest::newRow("password in a broken URL") << u"postgres://appkeys_admin:Sesame-42@db.example.com:99999/appkeys"_s
                                              << u"The PostgreSQL URL contains a password."_s << u"keychain"_s;
    QTest::newRow("no role") << u"postgresql://db.example.com/appkeys"_s
                             << u"The PostgreSQL URL names no database role."_s << u"postgresql://role@host"_s;
    QTest::newRow("no server") << u"postgresql://appkeys_admin@/appkeys"_s << u"The PostgreSQL URL names no server."_s
                               << u"postgresql://role@host"_s;
    QTest::newRow("no database") << u"postgresql://appkeys_admin@db.example.com:5432/"_s
                                 << u"The PostgreSQL URL names no database."_s << u"postgresql://role@host"_s;
    QTest::newRow("port out of range") << u"postgresql://appkeys_admin@db.example.com:99999/appkeys"_s
                                       << u"This PostgreSQL URL is not valid."_s << u"postgresql://role@host"_s;
    QTest::newRow("unknown parameter")
        << u"postgresql://appkeys_admin@db.example.com/appkeys?password=x"_s
        << u"AppKeys does not understand the parameter “password” of the PostgreSQL URL."_s << u"sslmode"_s;
    QTest::newRow("unknown sslmode")
        << u"postgresql://appkeys_admin@db.example.com/appkeys?sslmode=always"_s
        << u"“always” is not a value AppKeys knows for the parameter sslmode of the PostgreSQL URL."_s
        << u"verify-full"_s;
    const QString plaintext = u"AppKeys does not connect to the database server db.example.com with sslmode=%1: the "
                              "connection may be unencrypted, so that anyone on the network could read the role's "
                              "password and the registry, or pose as the server."_s;
    for (const QString& mode : {u"disable"_s, u"allow"_s, u"prefer"_s})
        QTest::newRow(qPrintable(u"sslmode=%1 to a remote server"_s.arg(mode)))
            << u"postgresql://appkeys_admin@db.example.com/appkeys?sslmode=%1"_s.arg(mode) << plaintext.arg(mode)
            << u"allow_plaintext=yes"_s;
    QTest::newRow("relative sslrootcert")
        << u"postgresql://appkeys_admin@db.example.com/appkeys?sslrootcert=ca.pem"_s
        << u"sslrootcert must be the absolute path of a file of CA certificates."_s << u"/etc/ssl/certs"_s;
    QTest::newRow("unknown channel_binding")
        << u"postgresql://appkeys_admin@db.example.com/appkeys?channel_binding=always"_s
        << u"“always” is not a value AppKeys knows for the parameter channel_binding of the PostgreSQL URL."_s
        << u"require"_s;
    QTest::newRow("hostaddr that is a name")
        << u"postgresql://appkeys_admin@db.example.com/appkeys?hostaddr=db.internal"_s
        << u"hostaddr must be an IP address, such as 10.0.0.7."_s << u"certificate"_s;
}

void RegistryLocationsTest::refusesPostgresUrlsItCannotUse()
{
    QFETCH(QString, url);
    QFETCH(QString, expectedMessage);
    QFETCH(QString, expectedHintPart);

    const Result<std::shared_ptr<Database>> opened = Database::open(url, Database::AccessMode::ReadWrite, u"pw"_s);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().message, expectedMessage);
    QVERIFY2(opened.error().hint.contains(expectedHintPart), qPrintable(opened.error().hint));
    // Whatever went wrong, a password that was in the URL is repeated nowhere.
    QVERIFY(!opened.error().text().contains(u"Sesame"_s));
    QCOMPARE(RegistryConnector::passwordEntryKey(url).error().message, expectedMessage);
}

void RegistryLocationsTest::namesOnePostgresRegistryOneWay_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("canonicalUrl");

    QTest::newRow("default port") << u"postgresql://appkeys_admin@db.example.com/appkeys"_s
                                  << u"postgresql://appkeys_admin@db.example.com:5432/appkeys"_s;
    QTest::newRow("explicit port, postgres scheme") << u"postgres://appkeys_admin@DB.example.com:5432/appkeys"_s
                                                    << u"postgresql://appkeys_admin@db.example.com:5432/appkeys"_s;
    QTest::newRow("other port, sslmode") << u"postgresql://support@10.0.0.7:6543/registry?sslmode=verify-full"_s
                                         << u"postgresql://support@10.0.0.7:6543/registry"_s;
    QTest::newRow("IPv6") << u"postgresql://support@[::1]:5433/registry"_s
                          << u"postgresql://support@[::1]:5433/registry"_s;
}

void RegistryLocationsTest::namesOnePostgresRegistryOneWay()
{
    QFETCH(QString, url);
    QFETCH(QString, canonicalUrl);

    const Result<PostgresLocation> location = PostgresLocation::parse(url);
    QVERIFY2(location.ok(), qPrintable(errorText(location)));
    QCOMPARE(location.value().canonicalUrl(), canonicalUrl);
    QVERIFY(RegistryConnector::needsPassword(url));
    QCOMPARE(RegistryConnector::passwordEntryKey(url).value(), canonicalUrl + u"/password"_s);
    QVERIFY(location.value().connectOptions().contains(u"connect_timeout=5"_s));
}

void RegistryLocationsTest::aRemoteServerGetsVerifiedTlsUnlessTheUrlSaysOtherwise_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expectedTlsOptions");

    QTest::newRow("remote, no sslmode") << u"postgresql://admin@db.example.com/appkeys"_s << u"sslmode=verify-full"_s;
    QTest::newRow("remote address, no sslmode") << u"postgresql://admin@10.0.0.7/appkeys"_s << u"sslmode=verify-full"_s;
    QTest::newRow("remote, require") << u"postgresql://admin@db.example.com/appkeys?sslmode=require"_s
                                     << u"sslmode=require"_s;
    QTest::newRow("remote, prefer, allowed in plain text")
        << u"postgresql://admin@db.example.com/appkeys?sslmode=prefer&allow_plaintext=yes"_s << u"sslmode=prefer"_s;
    QTest::newRow("localhost, no sslmode") << u"postgresql://admin@localhost/appkeys"_s << QString();
    QTest::newRow("loopback, disable") << u"postgresql://admin@127.0.0.1/appkeys?sslmode=disable"_s
                                       << u"sslmode=disable"_s;
    QTest::newRow("IPv6 loopback, no sslmode") << u"postgresql://admin@[::1]/appkeys"_s << QString();
    QTest::newRow("CA, channel binding and address")
        << u"postgresql://admin@db.example.com/appkeys?sslrootcert=/etc/appkeys/it's-ca.pem&channel_binding=require"
           "&hostaddr=10.0.0.7"_s
        << u"sslmode=verify-full;sslrootcert='/etc/appkeys/it\\'s-ca.pem';channel_binding=require;"
           "hostaddr=10.0.0.7"_s;
}

void RegistryLocationsTest::aRemoteServerGetsVerifiedTlsUnlessTheUrlSaysOtherwise()
{
    QFETCH(QString, url);
    QFETCH(QString, expectedTlsOptions);

    const Result<PostgresLocation> location = PostgresLocation::parse(url);
    QVERIFY2(location.ok(), qPrintable(errorText(location)));
    const QString fixed = u"connect_timeout=5;application_name=AppKeys"_s;
    QCOMPARE(location.value().connectOptions(),
             expectedTlsOptions.isEmpty() ? fixed : fixed + u';' + expectedTlsOptions);
}

void RegistryLocationsTest::refusesAFileThatIsNotADatabase()
{
    QTemporaryDir folder;
    const QString filePath = folder.filePath(u"notes.sqlite"_s);
    QFile file(filePath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();

    const Result<std::shared_ptr<Database>> opened = Database::openSqlite(filePath);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(u"is not an AppKeys database"_s), qPrintable(opened.error().message));
    QVERIFY(!opened.error().hint.isEmpty());
}

void RegistryLocationsTest::refusesAFolderThatCannotBeCreated()
{
    QTemporaryDir folder;
    QFile blocker(folder.filePath(u"blocker"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    const Result<std::shared_ptr<Database>> opened =
        Database::openSqlite(folder.filePath(u"blocker/registry/appkeys.sqlite"_s));
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(u"Could not create the folder"_s), qPrintable(opened.error().message));
}

void RegistryLocationsTest::readOnlyNeverCreatesAFile()
{
    QTemporaryDir folder;
    const QString filePath = folder.filePath(u"missing/appkeys.sqlite"_s);

    const Result<std::shared_ptr<Database>> opened = Database::openSqlite(filePath, Database::AccessMode::ReadOnly);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().message, u"There is no registry file “%1”."_s.arg(filePath));
    QVERIFY2(opened.error().hint.contains(u"--read-only"_s), qPrintable(opened.error().hint));
    QVERIFY(!QFileInfo::exists(folder.filePath(u"missing"_s)));
}

QTEST_GUILESS_MAIN(RegistryLocationsTest)
#include "tst_registry_locations.moc"
