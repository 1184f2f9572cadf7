#include "AppSettings.h"
#include "ApplicationIdentity.h"
#include "ArgumentParser.h"
#include "AuditCheckpoint.h"
#include "CliProcess.h"
#include "CliSampleRegistry.h"
#include "CommandLine.h"
#include "CommandSet.h"
#include "LaunchOptions.h"
#include "PermissionCatalogue.h"
#include "RawSql.h"
#include "SampleApps.h"
#include "SchemaMigrator.h"
#include "TemporaryRegistry.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

QJsonDocument parseJson(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("Not JSON (%s): %s", qPrintable(error.errorString()), qPrintable(text));
    return document;
}

QSet<QString> namesIn(const QJsonArray& apps)
{
    QSet<QString> names;
    for (const QJsonValue& app : apps)
        names.insert(app.toObject().value(u"name"_s).toString());
    return names;
}

QJsonObject objectNamed(const QJsonArray& apps, const QString& name)
{
    for (const QJsonValue& app : apps) {
        if (app.toObject().value(u"name"_s).toString() == name)
            return app.toObject();
    }
    return {};
}

QList<qint64> sequencesIn(const QJsonArray& entries)
{
    QList<qint64> sequences;
    for (const QJsonValue& entry : entries)
        sequences.append(entry.toObject().value(u"sequence"_s).toInteger());
    return sequences;
}

QList<qint64> range(qint64 first, qint64 last)
{
    QList<qint64> numbers;
    for (qint64 number = first; number <= last; ++number)
        numbers.append(number);
    return numbers;
}

/// Runs raw SQL on the file through a connection of its own, as someone tampering with the registry would.
bool executeOutsideAppKeys(const QString& filePath, const QString& sql)
{
    const QString connectionName = u"tampering"_s;
    bool executed = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        db.setDatabaseName(filePath);
        QSqlQuery query(db);
        executed = db.open() && query.exec(sql) && query.numRowsAffected() == 1;
    }
    QSqlDatabase::removeDatabase(connectionName);
    return executed;
}

QByteArray fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void recognisesCommandLineInvocations_data();
    void recognisesCommandLineInvocations();
    void printsTheVersion();
    void helpDescribesEveryCommand();
    void helpForOneCommand();
    void helpListsTheLaunchOptionsOfTheWindow_data();
    void helpListsTheLaunchOptionsOfTheWindow();
    void acceptsTheLaunchOptionsInAnyOrder_data();
    void acceptsTheLaunchOptionsInAnyOrder();
    void helpForLogin_data();
    void helpForLogin();
    void loginIsForPostgresOnly();
    void loginOpensNoRegistryBeforeItHasAPassword();
    void everyCommandDeclaresTheRegistryAccessItNeeds_data();
    void everyCommandDeclaresTheRegistryAccessItNeeds();
    void theRegistryIsOpenedAsTheCommandDeclares_data();
    void theRegistryIsOpenedAsTheCommandDeclares();

    void listShowsEveryAppInAlignedColumns();
    void listAsJsonHasStableKeysAndStorageStrings();
    void listFiltersNarrowTheList_data();
    void listFiltersNarrowTheList();
    void listRefusesBadFilterValues_data();
    void listRefusesBadFilterValues();

    void showFindsAnAppByNameOrId_data();
    void showFindsAnAppByNameOrId();
    void showAsJsonHasKeysAndHistory();
    void showRefusesAnUnknownApp();
    void showNeedsExactlyOneApp_data();
    void showNeedsExactlyOneApp();

    void auditListsEveryEntry();
    void auditFiltersNarrowTheEntries_data();
    void auditFiltersNarrowTheEntries();
    void auditDateTimesWithoutOffsetAreUtc();
    void auditRefusesBadInput_data();
    void auditRefusesBadInput();
    void auditVerifyNamesTheAlteredEntry();

    void exportsAppsAsRfc4180Csv();
    void exportsTheAuditTrailAsCsv();
    void exportsJsonLikeListJson();
    void exportsToAFile();
    void exportFailsWhenTheFileCannotBeWritten();
    void exportRefusesBadUsage_data();
    void exportRefusesBadUsage();

    void refusesUnknownOptionsAndCommands_data();
    void refusesUnknownOptionsAndCommands();
    void aMissingRegistryIsAFailureAndIsNotCreated();
    void aWritingCommandCreatesNoRegistry();
    void anEmptyFileIsNotMadeARegistry();
    void theDefaultRegistryIsTheWindows();
    void theSettingsNameTheRegistryUnlessDatabaseIsGiven();
    void acceptsSqliteUrlsAndReadOnly();
    void noOutputHoldsASecretOrKeyAndTheFileStaysUnchanged();

private:
    CliProcess run(QStringList arguments) const;
    QJsonArray runJsonArray(const QStringList& arguments) const;

    QTemporaryDir m_configHome;
    std::unique_ptr<CliSampleRegistry> m_registry;
};

void CliTest::initTestCase()
{
    QVERIFY2(QFile::exists(CliProcess::program()), qPrintable(CliProcess::program()));
    // Settings of this test's own, here and in every command it starts: the registry location in a developer's
    // own settings must not decide which registry a command without --database opens.
    QVERIFY(m_configHome.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configHome.path()));
    applyApplicationIdentity();
    QVERIFY2(AppSettings().fileName().startsWith(m_configHome.path() + u'/'), qPrintable(AppSettings().fileName()));
    m_registry = std::make_unique<CliSampleRegistry>();
    QVERIFY2(m_registry->errorText().isEmpty(), qPrintable(m_registry->errorText()));
}

CliProcess CliTest::run(QStringList arguments) const
{
    return CliProcess::run(arguments << u"--database"_s << m_registry->filePath());
}

QJsonArray CliTest::runJsonArray(const QStringList& arguments) const
{
    const CliProcess cli = run(arguments);
    if (cli.exitCode != 0)
        qWarning("%s", qPrintable(cli.describe()));
    return parseJson(cli.out).array();
}

void CliTest::recognisesCommandLineInvocations_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("isCommandLine");
    QTest::newRow("nothing") << QStringList{} << false;
    QTest::newRow("read-only window") << QStringList{u"--read-only"_s} << false;
    QTest::newRow("window on a registry") << QStringList{u"--database"_s, u"/tmp/r.sqlite"_s} << false;
    QTest::newRow("registry named like a command") << QStringList{u"--database"_s, u"list"_s} << false;
    QTest::newRow("Qt's own options") << QStringList{u"-platform"_s, u"offscreen"_s} << false;
    QTest::newRow("list") << QStringList{u"list"_s} << true;
    QTest::newRow("audit verify after globals")
        << QStringList{u"--database=/tmp/r.sqlite"_s, u"--read-only"_s, u"audit"_s, u"verify"_s} << true;
    QTest::newRow("help") << QStringList{u"--help"_s} << true;
    QTest::newRow("version") << QStringList{u"--version"_s} << true;
    QTest::newRow("a mistyped command gets its error") << QStringList{u"lsit"_s} << true;
    // Without a display too: the window would need one to report it.
    QTest::newRow("an option the window does not take gets its error") << QStringList{u"--no-such-flag"_s} << true;
    QTest::newRow("a command's option alone gets its error") << QStringList{u"--json"_s} << true;
    QTest::newRow("window in German") << QStringList{u"--lang"_s, u"de"_s, u"--read-only"_s} << false;
    QTest::newRow("--lang without a language takes no option")
        << QStringList{u"--lang"_s, u"--database"_s, u"/tmp/r.sqlite"_s} << false;
    QTest::newRow("list in German") << QStringList{u"--lang=de"_s, u"list"_s} << true;
}

void CliTest::recognisesCommandLineInvocations()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, isCommandLine);
    QCOMPARE(CommandLine::isCommandLineInvocation(arguments), isCommandLine);
}

void CliTest::printsTheVersion()
{
    const CliProcess cli = CliProcess::run({u"--version"_s});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.describe()));
    QCOMPARE(cli.out, u"appkeys %1\n"_s.arg(QStringLiteral(APPKEYS_VERSION)));
    QCOMPARE(cli.err, QString());
}

void CliTest::helpDescribesEveryCommand()
{
    const CliProcess cli = CliProcess::run({u"--help"_s});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.describe()));
    QCOMPARE(cli.err, QString());
    for (const QString& expected :
         {u"appkeys list"_s, u"appkeys show APP"_s, u"appkeys audit [OPTIONS]"_s, u"appkeys audit verify"_s,
          u"appkeys alerts"_s, u"--send"_s, u"appkeys export"_s, u"--source-app S"_s, u"--since DATE"_s,
          u"--format FORMAT"_s, u"--database LOCATION"_s, u"--read-only"_s, u"--json"_s, u"--version"_s,
          u"external_webstore"_s, u"key.revoked"_s, u"appkeys login --database postgresql://"_s,
          u"postgresql://role@host:port/database"_s, u"--lang LANGUAGE"_s}) {
        QVERIFY2(cli.out.contains(expected), qPrintable(expected + u" missing from:\n"_s + cli.out));
    }
}

void CliTest::helpForOneCommand()
{
    const CliProcess cli = CliProcess::run({u"list"_s, u"--help"_s});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.describe()));
    QVERIFY(cli.out.startsWith(u"Usage: appkeys list [OPTIONS]\n"_s));
    QVERIFY(cli.out.contains(u"--expires-within DAYS"_s));
    QVERIFY(cli.out.contains(u"--database LOCATION"_s));
    QVERIFY2(!cli.out.contains(u"--format"_s), qPrintable(cli.out));
}

void CliTest::helpListsTheLaunchOptionsOfTheWindow_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("appkeys --help") << QStringList{u"--help"_s};
    QTest::newRow("appkeys list --help") << QStringList{u"list"_s, u"--help"_s};
    QTest::newRow("appkeys login --help") << QStringList{u"login"_s, u"--help"_s};
}

void CliTest::helpListsTheLaunchOptionsOfTheWindow()
{
    QFETCH(QStringList, arguments);
    const CliProcess cli = CliProcess::run(arguments);
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.describe()));
    // Each in one row of the options table, as the window's own definition (LaunchOptions) has it.
    const QStringList lines = cli.out.split(u'\n');
    for (const CommandOption& option : LaunchOptions::definitions()) {
        const QString spelled =
            u"  --"_s + option.name + (option.takesValue() ? u' ' + option.valueName : QString()) + u"  "_s;
        const bool listed = std::any_of(lines.begin(), lines.end(), [&](const QString& line) {
            return line.startsWith(spelled) && line.endsWith(u"  "_s + option.description);
        });
        QVERIFY2(listed, qPrintable(spelled + u" missing from:\n"_s + cli.out));
    }
}

void CliTest::acceptsTheLaunchOptionsInAnyOrder_data()
{
    const QString path = m_registry->filePath();
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("before the command") << QStringList{
        u"--database="_s + path, u"--read-only"_s, u"--lang"_s, u"en"_s, u"list"_s, u"--json"_s};
    QTest::newRow("after the command") << QStringList{u"list"_s,      u"--json"_s,     u"--read-only"_s,
                                                      u"--lang=en"_s, u"--database"_s, path};
    QTest::newRow("around the command") << QStringList{u"--lang"_s, u"en"_s,          u"--database"_s, path,
                                                       u"list"_s,   u"--read-only"_s, u"--json"_s};
}

void CliTest::acceptsTheLaunchOptionsInAnyOrder()
{
    QFETCH(QStringList, arguments);
    const CliProcess cli = CliProcess::run(arguments);
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.describe()));
    QCOMPARE(namesIn(parseJson(cli.out).array()).size(), m_registry->apps().size());
}

void CliTest::helpForLogin_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("login --help") << QStringList{u"login"_s, u"--help"_s};
    QTest::newRow("--help login") << QStringList{u"--help"_s, u"login"_s};
    QTest::newRow("with launch options") << QStringList{u"--read-only"_s, u"login"_s,
                                                        u"--database=postgresql://a@h:5432/d"_s, u"--help"_s};
}

void CliTest::helpForLogin()
{
    QFETCH(QStringList, arguments);
    // As every command's help: its usage line, its summary, then the options of every command.
    const CliProcess cli = CliProcess::run(arguments);
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.describe()));
    QCOMPARE(cli.err, QString());
    const QString expectedStart =
        u"Usage: appkeys login --database postgresql://role@host:port/database\n"
        "Asks once for the password of a PostgreSQL registry's database role (from standard input when that is not "
        "a terminal), checks it on the server and keeps it in the keychain, where the other commands and the window "
        "find it. Without --database, the registry in the Settings.\n\nOptions of every command:\n"_s;
    QVERIFY2(cli.out.startsWith(expectedStart), qPrintable(cli.out));
    QVERIFY(cli.out.contains(u"--database LOCATION"_s));
}

void CliTest::loginIsForPostgresOnly()
{
    const CliProcess cli = CliProcess::run({u"login"_s, u"--database"_s, m_registry->filePath()});
    QVERIFY2(cli.exitCode == CommandLine::BadUsage, qPrintable(cli.describe()));
    QVERIFY2(cli.err.contains(u"'appkeys login' is for PostgreSQL registries"_s), qPrintable(cli.describe()));

    const CliProcess extra = CliProcess::run({u"login"_s, u"now"_s});
    QVERIFY2(extra.exitCode == CommandLine::BadUsage, qPrintable(extra.describe()));
    QVERIFY2(extra.err.startsWith(u"appkeys: unexpected argument 'now'\n"_s), qPrintable(extra.describe()));
}

void CliTest::loginOpensNoRegistryBeforeItHasAPassword()
{
    // Nothing listens on port 1: a registry opened before the password is read would fail to connect instead.
    const CliProcess cli =
        CliProcess::run({u"login"_s, u"--database"_s, u"postgresql://appkeys_admin@127.0.0.1:1/appkeys"_s});
    QVERIFY2(cli.exitCode == CommandLine::Failure, qPrintable(cli.describe()));
    QCOMPARE(cli.err, u"appkeys: No password given; nothing was stored.\n"_s);
    QCOMPARE(cli.out, QString());
}

void CliTest::everyCommandDeclaresTheRegistryAccessItNeeds_data()
{
    using Access = Command::RegistryAccess;
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("operand");
    QTest::addColumn<Access>("access");
    QTest::newRow("list") << QStringList{u"list"_s} << QStringList{} << QString() << Access::ReadOnly;
    QTest::newRow("show") << QStringList{u"show"_s} << QStringList{} << u"Shop"_s << Access::ReadOnly;
    QTest::newRow("audit") << QStringList{u"audit"_s} << QStringList{} << QString() << Access::ReadOnly;
    QTest::newRow("audit verify") << QStringList{u"audit"_s, u"verify"_s} << QStringList{} << QString()
                                  << Access::ReadOnly;
    QTest::newRow("export") << QStringList{u"export"_s} << QStringList{u"--format=csv"_s} << QString()
                            << Access::ReadOnly;
    QTest::newRow("alerts") << QStringList{u"alerts"_s} << QStringList{} << QString() << Access::ReadOnly;
    QTest::newRow("alerts --send") << QStringList{u"alerts"_s} << QStringList{u"--send"_s} << QString()
                                   << Access::ReadWrite;
    // It opens the registry itself, with the password it reads.
    QTest::newRow("login") << QStringList{u"login"_s}
                           << QStringList{u"--database=postgresql://appkeys_admin@db.example:5432/appkeys"_s}
                           << QString() << Access::None;
}

void CliTest::everyCommandDeclaresTheRegistryAccessItNeeds()
{
    QFETCH(QStringList, words);
    QFETCH(QStringList, options);
    QFETCH(QString, operand);
    QFETCH(Command::RegistryAccess, access);

    Result<PermissionCatalogue> catalogue =
        PermissionCatalogue::load(QString::fromLatin1(PermissionCatalogue::DefaultResourcePath));
    QVERIFY(catalogue.ok());
    const CommandSet commands(std::make_shared<const PermissionCatalogue>(std::move(catalogue).value()));
    Command* command = commands.find(words);
    QVERIFY(command);
    QCOMPARE(command->words(), words);
    ArgumentParser parser(LaunchOptions::definitions() + command->options());
    QVERIFY(parser.parse(options).ok());
    QVERIFY(command->configure(parser, operand).ok());
    QCOMPARE(command->registryAccess(), access);
}

void CliTest::theRegistryIsOpenedAsTheCommandDeclares_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("list") << QStringList{u"list"_s};
    QTest::newRow("show") << QStringList{u"show"_s, m_registry->apps().constFirst().record.applicationId};
    QTest::newRow("audit") << QStringList{u"audit"_s};
    QTest::newRow("audit verify") << QStringList{u"audit"_s, u"verify"_s};
    QTest::newRow("export") << QStringList{u"export"_s, u"--format"_s, u"json"_s};
    QTest::newRow("alerts") << QStringList{u"alerts"_s};
}

/// A registry of the release before alert deliveries (schema version 2) cannot be opened read-only: it needs an
/// upgrade, which only opening it for writing applies. So the reading commands fail and leave it as it was, while
/// 'alerts --send', which records its deliveries, upgrades it.
void CliTest::theRegistryIsOpenedAsTheCommandDeclares()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(u"version2.sqlite"_s);
    QVERIFY(QFile::copy(m_registry->filePath(), path));
    QVERIFY(RawSql::executeOutsideAppKeys(path, u"DROP TABLE key_usage"_s));
    QVERIFY(RawSql::executeOutsideAppKeys(path, u"DROP TABLE alert_deliveries"_s));
    QVERIFY(RawSql::executeOutsideAppKeys(path, u"DELETE FROM schema_migrations WHERE version > 2"_s));
    const QByteArray before = RawSql::fileFingerprint(path);

    const CliProcess reading = CliProcess::run(arguments << u"--database"_s << path);
    QVERIFY2(reading.exitCode == CommandLine::Failure, qPrintable(reading.describe()));
    QCOMPARE(reading.err, u"appkeys: This registry needs an upgrade: open it once without --read-only.\n"
                          "“%1” has schema version 2; this version of AppKeys reads version %2.\n"_s.arg(path)
                              .arg(SchemaMigrator::latestVersion()));
    QCOMPARE(RawSql::fileFingerprint(path), before);

    const CliProcess sending = CliProcess::run({u"alerts"_s, u"--send"_s, u"--database"_s, path});
    QVERIFY2(sending.exitCode == CommandLine::Failure, qPrintable(sending.describe()));
    QVERIFY2(
        sending.err.startsWith(u"appkeys: No webhook URL is set in Settings, so expiry alerts have nowhere to go.\n"_s),
        qPrintable(sending.describe()));
    QCOMPARE(RawSql::runOutsideAppKeys(path, u"SELECT MAX(version) FROM schema_migrations"_s).second.toInt(),
             SchemaMigrator::latestVersion());
}

void CliTest::listShowsEveryAppInAlignedColumns()
{
    const CliProcess cli = run({u"list"_s});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.describe()));
    QCOMPARE(cli.err, QString());
    const QStringList lines = cli.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + m_registry->apps().size());
    const QString& header = lines.first();
    QVERIFY2(header.startsWith(u"Name"_s), qPrintable(header));
    const qsizetype sourceColumn = header.indexOf(u"Source App"_s);
    const qsizetype statusColumn = header.indexOf(u"Status"_s);
    const qsizetype expiresColumn = header.indexOf(u"Expires"_s);
    const qsizetype permissionsColumn = header.indexOf(u"Permissions"_s);
    QVERIFY(sourceColumn > 0 && statusColumn > sourceColumn && expiresColumn > statusColumn);
    QVERIFY(header.contains(u"Login User Type"_s) && header.contains(u"Auth Method"_s) &&
            header.contains(u"Created By"_s) && header.contains(u"Created At"_s));

    const QHash<QString, QString> statusTexts = {{u"active"_s, u"Active"_s},   {u"expiring"_s, u"Expires in 10 days"_s},
                                                 {u"revoked"_s, u"Revoked"_s}, {u"expired"_s, u"Expired"_s},
                                                 {u"no_key"_s, u"No key"_s},   {u"inactive"_s, u"Inactive"_s}};
    for (const CliSampleRegistry::SampleApp& app : m_registry->apps()) {
        const auto row = std::find_if(lines.begin(), lines.end(), [&app](const QString& line) {
            return line.startsWith(app.record.details.name + u"  "_s);
        });
        QVERIFY2(row != lines.end(), qPrintable(app.record.details.name + u" missing from:\n"_s + cli.out));
        QVERIFY2(row->mid(sourceColumn).startsWith(displayName(app.record.details.sourceApp)), qPrintable(*row));
        QVERIFY2(row->mid(statusColumn).startsWith(statusTexts.value(app.status)), qPrintable(*row));
        QVERIFY2(row->mid(permissionsColumn).startsWith(QString::number(app.record.scope.permissionIds.size())),
                 qPrintable(*row));
        QVERIFY2(row->contains(u"2025-03-0"_s), qPrintable(*row));
    }
    const CliSampleRegistry::SampleApp& booking = m_registry->app(u"Booking site"_s);
    const QString bookingRow = *std::find_if(lines.begin(), lines.end(),
                                             [](const QString& line) { return line.startsWith(u"Booking site"_s); });
    QVERIFY2(bookingRow.mid(expiresColumn).startsWith(booking.keys.first().expiresAt.toString(u"yyyy-MM-dd"_s)),
             qPrintable(bookingRow));
    QVERIFY2(bookingRow.contains(u"2025-03-01 10:00 UTC"_s), qPrintable(bookingRow));
}

void CliTest::listAsJsonHasStableKeysAndStorageStrings()
{
    const QJsonArray apps = runJsonArray({u"list"_s, u"--json"_s});
    QCOMPARE(apps.size(), m_registry->apps().size());
    // Spelt out rather than taken from AppJson: these keys are what scripts rely on, so renaming one must fail here.
    const QString keyNames = u"application_id name uri description login_user_type source_app auth_method "
                             u"permissions post_logout_redirect_urls post_login_redirect_urls status expires_at "
                             u"last_used_at created_by created_at active keychain"_s;
    const QStringList keyList = keyNames.split(u' ');
    const QSet<QString> expectedKeys(keyList.begin(), keyList.end());
    for (const QJsonValue& value : apps) {
        const QJsonObject app = value.toObject();
        const QStringList keys = app.keys();
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()), expectedKeys);
        const CliSampleRegistry::SampleApp& sample = m_registry->app(app.value(u"name"_s).toString());
        QCOMPARE(app.value(u"application_id"_s).toString(), sample.record.applicationId);
        QCOMPARE(app.value(u"status"_s).toString(), sample.status);
        QCOMPARE(app.value(u"active"_s).toBool(), sample.status != u"inactive"_s);
    }
    const QJsonObject frontDesk = objectNamed(apps, u"Front desk"_s);
    const CliSampleRegistry::SampleApp& sample = m_registry->app(u"Front desk"_s);
    QCOMPARE(frontDesk.value(u"source_app"_s).toString(), u"client_app"_s);
    QCOMPARE(frontDesk.value(u"login_user_type"_s).toString(), u"employee"_s);
    QCOMPARE(frontDesk.value(u"auth_method"_s).toString(), u"jwt_groups"_s);
    QCOMPARE(frontDesk.value(u"permissions"_s).toArray(), QJsonArray{u"guests.read"_s});
    QCOMPARE(frontDesk.value(u"uri"_s).toString(), sample.record.details.uri);
    QCOMPARE(frontDesk.value(u"description"_s).toString(), sample.record.details.description);
    QCOMPARE(frontDesk.value(u"post_logout_redirect_urls"_s).toArray(),
             QJsonArray::fromStringList(sample.record.details.postLogoutRedirectUrls));
    QCOMPARE(frontDesk.value(u"post_login_redirect_urls"_s).toArray(),
             QJsonArray::fromStringList(sample.record.details.postLoginRedirectUrls));
    QCOMPARE(frontDesk.value(u"expires_at"_s).toString(), sample.keys.first().expiresAt.toString(Qt::ISODateWithMs));
    QCOMPARE(frontDesk.value(u"created_by"_s).toString(), sample.record.createdBy);
    QCOMPARE(frontDesk.value(u"created_at"_s).toString(), u"2025-03-02T10:00:00.000Z"_s);
    QVERIFY(objectNamed(apps, CliSampleRegistry::nameNeedingCsvQuotes()).value(u"expires_at"_s).isNull());
}

void CliTest::listFiltersNarrowTheList_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<QStringList>("names");
    const QString smith = CliSampleRegistry::nameNeedingCsvQuotes();
    QTest::newRow("source app") << QStringList{u"--source-app"_s, u"bot"_s} << QStringList{u"Chat bot"_s};
    QTest::newRow("login user type") << QStringList{u"--login-user-type=employee"_s} << QStringList{u"Front desk"_s};
    QTest::newRow("auth method") << QStringList{u"--auth-method"_s, u"jwt_groups"_s} << QStringList{u"Front desk"_s};
    QTest::newRow("api group") << QStringList{u"--api-group"_s, u"services"_s} << QStringList{u"Chat bot"_s};
    QTest::newRow("status revoked") << QStringList{u"--status"_s, u"revoked"_s} << QStringList{u"Chat bot"_s};
    QTest::newRow("status no key") << QStringList{u"--status"_s, u"no_key"_s} << QStringList{smith};
    QTest::newRow("status inactive") << QStringList{u"--status"_s, u"inactive"_s} << QStringList{u"Paused app"_s};
    QTest::newRow("status expired") << QStringList{u"--status"_s, u"expired"_s} << QStringList{u"Old kiosk"_s};
    QTest::newRow("expires within 30 days")
        << QStringList{u"--expires-within"_s, u"30"_s} << QStringList{u"Front desk"_s};
    QTest::newRow("expires within a year")
        << QStringList{u"--expires-within"_s, u"365"_s} << QStringList{u"Booking site"_s, u"Front desk"_s};
    QTest::newRow("search, any case") << QStringList{u"--search"_s, u"BOOK"_s} << QStringList{u"Booking site"_s};
    QTest::newRow("search by id") << QStringList{u"--search"_s, u"<id of Old kiosk>"_s} << QStringList{u"Old kiosk"_s};
    QTest::newRow("filters combine") << QStringList{u"--source-app"_s, u"external_webstore"_s, u"--status"_s,
                                                    u"active"_s}
                                     << QStringList{u"Booking site"_s};
    QTest::newRow("nothing matches") << QStringList{u"--source-app"_s, u"external_cma"_s, u"--status"_s, u"active"_s}
                                     << QStringList{};
}

void CliTest::listFiltersNarrowTheList()
{
    QFETCH(QStringList, filters);
    QFETCH(QStringList, names);
    filters.replaceInStrings(u"<id of Old kiosk>"_s, m_registry->app(u"Old kiosk"_s).record.applicationId);
    const QJsonArray apps = runJsonArray(QStringList{u"list"_s, u"--json"_s} + filters);
    QCOMPARE(namesIn(apps), QSet<QString>(names.begin(), names.end()));

    const CliProcess table = run(QStringList{u"list"_s} + filters);
    QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
    QCOMPARE(table.out.count(u'\n'), 1 + names.size());
}

void CliTest::listRefusesBadFilterValues_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<QString>("expectedMessage");
    QTest::newRow("source app") << QStringList{u"--source-app"_s, u"spaceship"_s}
                                << u"unknown value “spaceship” for '--source-app': use one of external_cma, "
                                   "external_webstore, client_app, bot"_s;
    QTest::newRow("login user type") << QStringList{u"--login-user-type"_s, u"robot"_s} << u"guest, employee"_s;
    QTest::newRow("auth method") << QStringList{u"--auth-method"_s, u"magic"_s} << u"apikey_groups, jwt_groups"_s;
    QTest::newRow("api group") << QStringList{u"--api-group"_s, u"weather"_s} << u"appointments, guests"_s;
    QTest::newRow("status") << QStringList{u"--status"_s, u"sleepy"_s}
                            << u"active, expiring, expired, revoked, no_key, inactive"_s;
    QTest::newRow("days not a number") << QStringList{u"--expires-within"_s, u"soon"_s}
                                       << u"bad number of days “soon”"_s;
    QTest::newRow("negative days") << QStringList{u"--expires-within"_s, u"-3"_s} << u"bad number of days “-3”"_s;
    QTest::newRow("missing value") << QStringList{u"--source-app"_s} << u"option '--source-app' needs a value"_s;
    QTest::newRow("flag given a value") << QStringList{u"--json=yes"_s} << u"option '--json' takes no value"_s;
}

void CliTest::listRefusesBadFilterValues()
{
    QFETCH(QStringList, filters);
    QFETCH(QString, expectedMessage);
    // The registry option goes first here, so that a filter missing its value is the last argument.
    const CliProcess cli = CliProcess::run(QStringList{u"--database"_s, m_registry->filePath(), u"list"_s} + filters);
    QVERIFY2(cli.exitCode == CommandLine::BadUsage, qPrintable(cli.describe()));
    QVERIFY2(cli.err.startsWith(u"appkeys: "_s) && cli.err.contains(expectedMessage), qPrintable(cli.describe()));
    QCOMPARE(cli.out, QString());
}

void CliTest::showFindsAnAppByNameOrId_data()
{
    QTest::addColumn<QString>("app");
    QTest::newRow("name in another case") << u"chat BOT"_s;
    QTest::newRow("id") << u"<id>"_s;
}

void CliTest::showFindsAnAppByNameOrId()
{
    QFETCH(QString, app);
    const CliSampleRegistry::SampleApp& chatBot = m_registry->app(u"Chat bot"_s);
    const CliProcess cli = run({u"show"_s, app == u"<id>"_s ? chatBot.record.applicationId : app});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.describe()));
    const Result<PermissionCatalogue> catalogue =
        PermissionCatalogue::load(QString::fromLatin1(PermissionCatalogue::DefaultResourcePath));
    QVERIFY(catalogue.ok());
    QStringList expected = {u"Chat bot"_s,
                            chatBot.record.applicationId,
                            chatBot.record.details.uri,
                            chatBot.record.details.description,
                            displayName(SourceApp::Bot),
                            displayName(LoginUserType::Guest),
                            displayName(AuthMethod::ApiKeyGroups),
                            chatBot.record.secretHint,
                            chatBot.keys.first().keyHint,
                            u"Revoked"_s,
                            catalogue.value().displayName(u"appointments.read"_s),
                            catalogue.value().displayName(u"services.read"_s),
                            u"app.created"_s,
                            u"key.generated"_s,
                            u"key.revoked"_s,
                            u"2025-03-04T10:00:00.000Z"_s};
    expected += chatBot.record.details.postLogoutRedirectUrls + chatBot.record.details.postLoginRedirectUrls;
    for (const QString& text : expected)
        QVERIFY2(cli.out.contains(text), qPrintable(text + u" missing from:\n"_s + cli.out));
    QVERIFY2(!cli.out.contains(u"Booking site"_s), qPrintable(cli.out));
}

void CliTest::showAsJsonHasKeysAndHistory()
{
    const CliSampleRegistry::SampleApp& paused = m_registry->app(u"Paused app"_s);
    const CliProcess cli = run({u"show"_s, u"Paused app"_s, u"--json"_s});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.describe()));
    const QJsonObject app = parseJson(cli.out).object();
    QCOMPARE(app.value(u"application_id"_s).toString(), paused.record.applicationId);
    QCOMPARE(app.value(u"status"_s).toString(), u"inactive"_s);
    QCOMPARE(app.value(u"active"_s).toBool(), false);
    QCOMPARE(app.value(u"secret_hint"_s).toString(), paused.record.secretHint);
    const QJsonArray keys = app.value(u"keys"_s).toArray();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().toObject().value(u"hint"_s).toString(), paused.keys.first().keyHint);
    QCOMPARE(keys.first().toObject().value(u"expires_at"_s).toString(),
             paused.keys.first().expiresAt.toString(Qt::ISODateWithMs));
    QCOMPARE(keys.first().toObject().value(u"status"_s).toString(), u"active"_s);
    QVERIFY(keys.first().toObject().value(u"revoked_at"_s).isNull());
    const QJsonArray history = app.value(u"audit_history"_s).toArray();
    QCOMPARE(sequencesIn(history), range(11, 13));
    QStringList actions;
    for (const QJsonValue& entry : history)
        actions.append(entry.toObject().value(u"action"_s).toString());
    QCOMPARE(actions, (QStringList{u"app.created"_s, u"key.generated"_s, u"app.deactivated"_s}));
}

void CliTest::showRefusesAnUnknownApp()
{
    const CliProcess cli = run({u"show"_s, u"Nope"_s});
    QVERIFY2(cli.exitCode == CommandLine::Failure, qPrintable(cli.describe()));
    QVERIFY2(cli.err.startsWith(u"appkeys: No app named or with id “Nope”.\n"_s), qPrintable(cli.describe()));
    QCOMPARE(cli.out, QString());
}

void CliTest::showNeedsExactlyOneApp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedMessage");
    QTest::newRow("none") << QStringList{u"show"_s} << u"appkeys: 'appkeys show' needs APP"_s;
    QTest::newRow("two") << QStringList{u"show"_s, u"Chat"_s, u"bot"_s} << u"appkeys: unexpected argument 'bot'"_s;
}

void CliTest::showNeedsExactlyOneApp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedMessage);
    const CliProcess cli = run(arguments);
    QVERIFY2(cli.exitCode == CommandLine::BadUsage, qPrintable(cli.describe()));
    QVERIFY2(cli.err.startsWith(expectedMessage), qPrintable(cli.describe()));
}

void CliTest::auditListsEveryEntry()
{
    const QJsonArray entries = runJsonArray({u"audit"_s, u"--json"_s});
    QCOMPARE(sequencesIn(entries), range(1, CliSampleRegistry::AuditEntryCount));
    const QJsonObject revoked = entries.at(6).toObject();
    const CliSampleRegistry::SampleApp& chatBot = m_registry->app(u"Chat bot"_s);
    QCOMPARE(revoked.value(u"action"_s).toString(), u"key.revoked"_s);
    QCOMPARE(revoked.value(u"timestamp"_s).toString(), u"2025-03-04T10:00:00.000Z"_s);
    QCOMPARE(revoked.value(u"actor"_s).toString(), m_registry->actor());
    QCOMPARE(revoked.value(u"application_id"_s).toString(), chatBot.record.applicationId);
    QCOMPARE(revoked.value(u"key_hint"_s).toString(), chatBot.keys.first().keyHint);
    QVERIFY(revoked.value(u"details"_s).isObject());
    QCOMPARE(revoked.value(u"hash"_s).toString().size(), 64);
    QCOMPARE(revoked.value(u"previous_hash"_s).toString(), entries.at(5).toObject().value(u"hash"_s).toString());

    const CliProcess table = run({u"audit"_s});
    QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + CliSampleRegistry::AuditEntryCount);
    QVERIFY2(lines.first().startsWith(u"Seq"_s) && lines.first().contains(u"Action"_s), qPrintable(lines.first()));
    QVERIFY2(lines.at(7).startsWith(u"7 "_s) && lines.at(7).contains(u"key.revoked"_s) &&
                 lines.at(7).contains(chatBot.keys.first().keyHint) && lines.at(7).contains(m_registry->actor()),
             qPrintable(lines.at(7)));
}

void CliTest::auditFiltersNarrowTheEntries_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<QList<qint64>>("sequences");
    QTest::newRow("app by name") << QStringList{u"--app"_s, u"chat bot"_s} << range(5, 7);
    QTest::newRow("app by id") << QStringList{u"--app"_s, u"<id of Old kiosk>"_s} << range(8, 9);
    QTest::newRow("unknown app id") << QStringList{u"--app"_s, u"no-such-app"_s} << QList<qint64>{};
    QTest::newRow("action") << QStringList{u"--action"_s, u"key.revoked"_s} << QList<qint64>{7};
    QTest::newRow("actor") << QStringList{u"--actor"_s, u"<actor>"_s} << range(1, 13);
    QTest::newRow("other actor") << QStringList{u"--actor"_s, u"mallory@elsewhere"_s} << QList<qint64>{};
    QTest::newRow("since a date") << QStringList{u"--since"_s, u"2025-03-05"_s} << range(8, 13);
    QTest::newRow("until a date, which includes that day") << QStringList{u"--until"_s, u"2025-03-02"_s} << range(1, 4);
    QTest::newRow("date-times with offsets")
        << QStringList{u"--since"_s, u"2025-03-03T10:30:00+01:00"_s, u"--until=2025-03-04T10:00:00.001Z"_s}
        << range(5, 7);
    QTest::newRow("everything at once") << QStringList{u"--app"_s,         u"Chat bot"_s, u"--action"_s,
                                                       u"key.generated"_s, u"--since"_s,  u"2025-03-03"_s}
                                        << QList<qint64>{6};
}

void CliTest::auditFiltersNarrowTheEntries()
{
    QFETCH(QStringList, filters);
    QFETCH(QList<qint64>, sequences);
    filters.replaceInStrings(u"<id of Old kiosk>"_s, m_registry->app(u"Old kiosk"_s).record.applicationId);
    filters.replaceInStrings(u"<actor>"_s, m_registry->actor());
    QCOMPARE(sequencesIn(runJsonArray(QStringList{u"audit"_s, u"--json"_s} + filters)), sequences);
}

void CliTest::auditDateTimesWithoutOffsetAreUtc()
{
    // Far from UTC, so that reading the time as local time would miss the entry by half a day.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TZ"_s, u"Pacific/Auckland"_s);
    const CliProcess cli =
        CliProcess::run({u"audit"_s, u"--json"_s, u"--since"_s, u"2025-03-06T10:00:00"_s, u"--until"_s,
                         u"2025-03-06T10:00:01"_s, u"--database"_s, m_registry->filePath()},
                        environment);
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.describe()));
    QCOMPARE(sequencesIn(parseJson(cli.out).array()), QList<qint64>{10});
}

void CliTest::auditRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<QString>("expectedMessage");
    for (const QString& date : {u"yesterday"_s, u"2025-13-01"_s, u"2025-02-30"_s, u"03/01/2025"_s, u"2025-3-1"_s})
        QTest::newRow(qPrintable(date)) << QStringList{u"--since"_s, date}
                                        << u"appkeys: Bad date “%1”: use YYYY-MM-DD or"_s.arg(date);
    QTest::newRow("bad until") << QStringList{u"--until"_s, u"2025-03-01T25:00:00Z"_s}
                               << u"appkeys: Bad date “2025-03-01T25:00:00Z”"_s;
    QTest::newRow("since after until") << QStringList{u"--since"_s, u"2025-03-05"_s, u"--until"_s, u"2025-03-01"_s}
                                       << u"appkeys: '--since 2025-03-05' is not before '--until 2025-03-01'"_s;
    QTest::newRow("unknown action") << QStringList{u"--action"_s, u"app.stolen"_s}
                                    << u"appkeys: unknown value “app.stolen” for '--action': use one of "
                                       "app.created, app.details_edited"_s;
}

void CliTest::auditRefusesBadInput()
{
    QFETCH(QStringList, filters);
    QFETCH(QString, expectedMessage);
    const CliProcess cli = run(QStringList{u"audit"_s} + filters);
    QVERIFY2(cli.exitCode == CommandLine::BadUsage, qPrintable(cli.describe()));
    QVERIFY2(cli.err.startsWith(expectedMessage), qPrintable(cli.describe()));
    QVERIFY2(cli.err.contains(u"Try 'appkeys --help'."_s), qPrintable(cli.describe()));
}

void CliTest::auditVerifyNamesTheAlteredEntry()
{
    TemporaryRegistry registry;
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    for (const QString& name : {u"First"_s, u"Second"_s, u"Third"_s, u"Fourth"_s})
        QVERIFY(registry.repository()->insertApp(SampleApps::record(name, CliSampleRegistry::auditDay(1))).ok());
    registry.close();
    const QStringList verify = {u"audit"_s, u"verify"_s, u"--database"_s, registry.filePath()};

    const CliProcess intact = CliProcess::run(verify);
    QVERIFY2(intact.exitCode == 0, qPrintable(intact.describe()));
    QCOMPARE(intact.out, u"Audit trail verified: 4 entries.\n"
                         "This machine had no checkpoint of this registry's trail yet; it keeps one from now on.\n"
                         "The tables match the trail: every app, secret and key was issued by an entry.\n"_s);
    const CliProcess intactJson = CliProcess::run(verify + QStringList{u"--json"_s});
    const QJsonObject verified = parseJson(intactJson.out).object();
    QCOMPARE(verified.value(u"verified"_s).toBool(), true);
    QCOMPARE(verified.value(u"entries"_s).toInt(), 4);
    const Result<AuditCheckpoint> head = AuditCheckpoint::fromLine(verified.value(u"checkpoint"_s).toString());
    QVERIFY2(head.ok(), qPrintable(intactJson.out));
    QCOMPARE(head.value().sequence, 4);
    QCOMPARE(verified.value(u"confirmed_checkpoint"_s).toObject().value(u"sequence"_s).toInt(), 4);
    QCOMPARE(verified.value(u"confirmed_line"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(
        verified.value(u"tables"_s).toObject(),
        (QJsonObject{{u"apps"_s, 4}, {u"keys"_s, 0}, {u"compared_by"_s, u"fingerprint"_s}, {u"not_checked"_s, 0}}));

    // The head as one line, which verify --against checks.
    const CliProcess checkpoint = CliProcess::run({u"audit"_s, u"checkpoint"_s, u"--database"_s, registry.filePath()});
    QVERIFY2(checkpoint.exitCode == 0, qPrintable(checkpoint.describe()));
    QCOMPARE(AuditCheckpoint::fromLine(checkpoint.out.trimmed()).value().hash, head.value().hash);
    const CliProcess against = CliProcess::run(verify + QStringList{u"--against"_s, checkpoint.out.trimmed()});
    QVERIFY2(against.exitCode == 0, qPrintable(against.describe()));
    QVERIFY2(against.out.contains(u"It holds entry 4 as the given checkpoint saw it on "_s), qPrintable(against.out));

    QVERIFY(executeOutsideAppKeys(registry.filePath(),
                                  u"UPDATE audit_log SET actor = 'mallory@elsewhere' WHERE sequence = 3"_s));
    const CliProcess broken = CliProcess::run(verify);
    QVERIFY2(broken.exitCode == CommandLine::Failure, qPrintable(broken.describe()));
    QVERIFY2(broken.err.startsWith(u"appkeys: Audit trail broken at entry 3: "_s), qPrintable(broken.describe()));
    QCOMPARE(broken.out, QString());
}

void CliTest::exportsAppsAsRfc4180Csv()
{
    const CliProcess cli = run({u"export"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.describe()));
    QVERIFY(cli.out.endsWith(u"\r\n"_s));
    const QStringList lines = cli.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + m_registry->apps().size());
    QCOMPARE(lines.first(), u"application_id,name,uri,description,login_user_type,source_app,auth_method,"
                            "permissions,post_logout_redirect_urls,post_login_redirect_urls,status,expires_at,"
                            "last_used_at,created_by,created_at,active"_s);
    QVERIFY2(!QString(cli.out).remove(u"\r\n"_s).contains(u'\n'), "a line end without CR");
    const CliSampleRegistry::SampleApp& smith = m_registry->app(CliSampleRegistry::nameNeedingCsvQuotes());
    const QString smithRow = u"%1,\"Smith, \"\"Jones\"\" & Co\",%2,%3,guest,external_webstore,apikey_groups,"
                             "appointments.read appointments.write,%4,%5,no_key,,,tester@example,"
                             "2025-03-06T10:00:00.000Z,true"_s.arg(smith.record.applicationId, smith.record.details.uri,
                                                                   smith.record.details.description,
                                                                   smith.record.details.postLogoutRedirectUrls.first(),
                                                                   smith.record.details.postLoginRedirectUrls.first());
    QVERIFY2(lines.contains(smithRow), qPrintable(smithRow + u" missing from:\n"_s + lines.join(u'\n')));
}

void CliTest::exportsTheAuditTrailAsCsv()
{
    const CliProcess cli = run({u"export"_s, u"--format=csv"_s, u"--what"_s, u"audit"_s});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.describe()));
    const QStringList lines = cli.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + CliSampleRegistry::AuditEntryCount);
    QCOMPARE(lines.first(), u"sequence,timestamp,actor,action,application_id,key_hint,details,previous_hash,hash"_s);
    const CliSampleRegistry::SampleApp& chatBot = m_registry->app(u"Chat bot"_s);
    const QString revokedStart = u"7,2025-03-04T10:00:00.000Z,%1,key.revoked,%2,%3,\"{"_s.arg(
        m_registry->actor(), chatBot.record.applicationId, chatBot.keys.first().keyHint);
    QVERIFY2(lines.at(7).startsWith(revokedStart), qPrintable(lines.at(7)));
    // The details are JSON: their quotes come doubled inside a quoted field.
    QVERIFY2(lines.at(7).contains(u"\"\""_s), qPrintable(lines.at(7)));
}

void CliTest::exportsJsonLikeListJson()
{
    // Both write each app as text (JsonObjectText): byte for byte what QJsonDocument writes of the same array.
    for (const QStringList& arguments :
         {QStringList{u"export"_s, u"--format"_s, u"json"_s}, QStringList{u"list"_s, u"--json"_s}}) {
        const QByteArray out = run(arguments).out.toUtf8();
        QCOMPARE(QJsonDocument::fromJson(out).toJson(QJsonDocument::Indented), out);
    }
    QJsonArray exported = runJsonArray({u"export"_s, u"--format"_s, u"json"_s});
    // The same records, but for what this machine's keychain holds, which only list shows: an export describes the
    // registry, whoever's machine it is taken on.
    QJsonArray listed = runJsonArray({u"list"_s, u"--json"_s});
    for (QJsonValueRef app : listed) {
        QJsonObject record = app.toObject();
        QCOMPARE(record.take(u"keychain"_s).toObject().value(u"secret"_s).toString(), u"unchecked"_s);
        app = record;
    }
    QCOMPARE(exported, listed);
    const QJsonArray audit = runJsonArray({u"export"_s, u"--format"_s, u"json"_s, u"--what"_s, u"audit"_s});
    QCOMPARE(audit, runJsonArray({u"audit"_s, u"--json"_s}));
}

void CliTest::exportsToAFile()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(u"apps.csv"_s);
    const CliProcess toFile = run({u"export"_s, u"--format"_s, u"csv"_s, u"--output"_s, path});
    QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.describe()));
    QCOMPARE(toFile.out, QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), run({u"export"_s, u"--format"_s, u"csv"_s}).out);
}

void CliTest::exportFailsWhenTheFileCannotBeWritten()
{
    const QString path = u"/nonexistent-appkeys-folder/apps.csv"_s;
    const CliProcess cli = run({u"export"_s, u"--format"_s, u"json"_s, u"--output"_s, path});
    QVERIFY2(cli.exitCode == CommandLine::Failure, qPrintable(cli.describe()));
    QVERIFY2(cli.err.startsWith(u"appkeys: Could not write “%1”"_s.arg(path)), qPrintable(cli.describe()));
}

void CliTest::exportRefusesBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedMessage");
    QTest::newRow("no format") << QStringList{u"export"_s}
                               << u"appkeys: export needs '--format csv' or '--format json'"_s;
    QTest::newRow("bad format") << QStringList{u"export"_s, u"--format"_s, u"xml"_s}
                                << u"appkeys: unknown value “xml” for '--format': use one of csv, json"_s;
    QTest::newRow("bad what") << QStringList{u"export"_s, u"--format"_s, u"csv"_s, u"--what"_s, u"people"_s}
                              << u"appkeys: unknown value “people” for '--what': use one of apps, audit"_s;
}

void CliTest::exportRefusesBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedMessage);
    const CliProcess cli = run(arguments);
    QVERIFY2(cli.exitCode == CommandLine::BadUsage, qPrintable(cli.describe()));
    QVERIFY2(cli.err.startsWith(expectedMessage), qPrintable(cli.describe()));
    QCOMPARE(cli.out, QString());
}

void CliTest::refusesUnknownOptionsAndCommands_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedMessage");
    QTest::newRow("unknown option") << QStringList{u"list"_s, u"--bogus"_s} << u"unknown option '--bogus'"_s;
    QTest::newRow("another command's option")
        << QStringList{u"list"_s, u"--format=csv"_s} << u"unknown option '--format'"_s;
    QTest::newRow("short option") << QStringList{u"audit"_s, u"-x"_s} << u"unknown option '-x'"_s;
    QTest::newRow("before any command") << QStringList{u"--bogus"_s} << u"unknown option '--bogus'"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command 'frobnicate'"_s;
    QTest::newRow("unknown audit subcommand")
        << QStringList{u"audit"_s, u"verfy"_s} << u"unexpected argument 'verfy'"_s;
    QTest::newRow("no command") << QStringList{u"--json"_s} << u"no command given"_s;
}

void CliTest::refusesUnknownOptionsAndCommands()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedMessage);
    const CliProcess cli = run(arguments);
    QVERIFY2(cli.exitCode == CommandLine::BadUsage, qPrintable(cli.describe()));
    QCOMPARE(cli.err, u"appkeys: %1\nTry 'appkeys --help'.\n"_s.arg(expectedMessage));
    QCOMPARE(cli.out, QString());
}

void CliTest::aMissingRegistryIsAFailureAndIsNotCreated()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(u"missing.sqlite"_s);
    const CliProcess cli = CliProcess::run({u"list"_s, u"--database"_s, path});
    QVERIFY2(cli.exitCode == CommandLine::Failure, qPrintable(cli.describe()));
    QVERIFY2(cli.err.startsWith(u"appkeys: "_s) && cli.err.contains(path), qPrintable(cli.describe()));
    QVERIFY(!QFile::exists(path));
}

void CliTest::aWritingCommandCreatesNoRegistry()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(u"mistyped/registry.sqlite"_s);
    // 'alerts --send' opens the registry for writing, to record what it delivers.
    const CliProcess cli = CliProcess::run({u"alerts"_s, u"--send"_s, u"--database"_s, path});
    QVERIFY2(cli.exitCode == CommandLine::Failure, qPrintable(cli.describe()));
    QCOMPARE(cli.err, u"appkeys: There is no registry file “%1”.\nCheck the location. A new registry is created only "
                      "by the AppKeys window, opened once without --read-only: appkeys --database “%1”.\n"_s.arg(path));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(folder.filePath(u"mistyped"_s)));
}

void CliTest::anEmptyFileIsNotMadeARegistry()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(u"empty.sqlite"_s);
    QFile empty(path);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    const CliProcess cli = CliProcess::run({u"alerts"_s, u"--send"_s, u"--database"_s, path});
    QVERIFY2(cli.exitCode == CommandLine::Failure, qPrintable(cli.describe()));
    QVERIFY2(cli.err.startsWith(u"appkeys: “%1” holds no AppKeys registry yet.\n"_s.arg(path)),
             qPrintable(cli.describe()));
    QCOMPARE(QFileInfo(path).size(), 0);
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files), QStringList{u"empty.sqlite"_s});
}

void CliTest::theDefaultRegistryIsTheWindows()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    const QString expectedPath = home.filePath(u"data/AppKeys/appkeys.sqlite"_s);

    const CliProcess missing = CliProcess::run({u"list"_s}, environment);
    QVERIFY2(missing.exitCode == CommandLine::Failure, qPrintable(missing.describe()));
    QVERIFY2(missing.err.contains(expectedPath), qPrintable(missing.describe()));

    QVERIFY(QDir().mkpath(QFileInfo(expectedPath).path()));
    QVERIFY(QFile::copy(m_registry->filePath(), expectedPath));
    const CliProcess found = CliProcess::run({u"list"_s, u"--json"_s}, environment);
    QVERIFY2(found.exitCode == 0, qPrintable(found.describe()));
    QCOMPARE(parseJson(found.out).array().size(), m_registry->apps().size());
}

void CliTest::theSettingsNameTheRegistryUnlessDatabaseIsGiven()
{
    AppSettings settings;
    QVERIFY(settings.setRegistryLocation(m_registry->filePath()).isValid());
    QVERIFY(settings.save().ok());

    const CliProcess fromSettings = CliProcess::run({u"list"_s, u"--json"_s});
    QVERIFY2(fromSettings.exitCode == 0, qPrintable(fromSettings.describe()));
    QCOMPARE(parseJson(fromSettings.out).array().size(), m_registry->apps().size());

    QTemporaryDir folder;
    const QString other = folder.filePath(u"other.sqlite"_s);
    const CliProcess overridden = CliProcess::run({u"list"_s, u"--database"_s, other});
    QVERIFY2(overridden.exitCode == CommandLine::Failure, qPrintable(overridden.describe()));
    QVERIFY2(overridden.err.contains(other), qPrintable(overridden.describe()));

    QVERIFY(settings.setRegistryLocation({}).isValid());
    QVERIFY(settings.save().ok());
}

void CliTest::acceptsSqliteUrlsAndReadOnly()
{
    const CliProcess cli = CliProcess::run(
        {u"--read-only"_s, u"list"_s, u"--json"_s, u"--database"_s, u"sqlite://"_s + m_registry->filePath()});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.describe()));
    QCOMPARE(parseJson(cli.out).array().size(), m_registry->apps().size());
}

void CliTest::noOutputHoldsASecretOrKeyAndTheFileStaysUnchanged()
{
    const QByteArray fileBefore = fileSha256(m_registry->filePath());
    QVERIFY(!fileBefore.isEmpty());
    const QList<QStringList> commands = {{u"list"_s},
                                         {u"list"_s, u"--json"_s},
                                         {u"audit"_s},
                                         {u"audit"_s, u"--json"_s},
                                         {u"audit"_s, u"verify"_s},
                                         {u"export"_s, u"--format"_s, u"csv"_s},
                                         {u"export"_s, u"--format"_s, u"json"_s},
                                         {u"export"_s, u"--format"_s, u"csv"_s, u"--what"_s, u"audit"_s},
                                         {u"export"_s, u"--format"_s, u"json"_s, u"--what"_s, u"audit"_s}};
    QList<QStringList> allCommands = commands;
    for (const CliSampleRegistry::SampleApp& app : m_registry->apps()) {
        allCommands.append({u"show"_s, app.record.applicationId});
        allCommands.append({u"show"_s, app.record.applicationId, u"--json"_s});
    }
    QString everything;
    for (const QStringList& command : allCommands) {
        const CliProcess cli = run(command);
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.describe()));
        everything += cli.out + cli.err;
    }
    for (const QString& forbidden : m_registry->forbiddenTexts())
        QVERIFY2(!everything.contains(forbidden), qPrintable(u"printed: "_s + forbidden));
    // What may be shown instead: the hints.
    for (const CliSampleRegistry::SampleApp& app : m_registry->apps()) {
        QVERIFY(everything.contains(app.record.secretHint));
        for (const KeyRecord& key : app.keys)
            QVERIFY(everything.contains(key.keyHint));
    }
    QCOMPARE(fileSha256(m_registry->filePath()), fileBefore);
}

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
