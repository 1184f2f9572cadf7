#include "AppFilter.h"
#include "AppOverviewReader.h"
#include "AppRepository.h"
#include "AppSelection.h"
#include "CredentialFormat.h"
#include "Database.h"
#include "ErrorCode.h"
#include "ErrorText.h"
#include "FixedClock.h"
#include "KeyRepository.h"
#include "RawSql.h"
#include "ReadSnapshot.h"
#include "RegistryContentsReader.h"
#include "RepositoryQuery.h"
#include "RepositoryWrites.h"
#include "SampleApps.h"
#include "SchemaMigrations.h"
#include "SchemaMigrator.h"
#include "SqlRows.h"
#include "TemporaryRegistry.h"
#include "TestEngine.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTest>

#include <thread>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

const QDateTime Monday = QDateTime(QDate(2025, 3, 3), QTime(9, 30, 15, 123), Qt::UTC);

using RawSql::execute;
using RawSql::rowCount;
using RawSql::scalar;

/// Makes a registry look like one of the first release: schema version 1, none of the later tables.
/// Makes the registry look as if the first release had created it, as someone who controls the database could (on
/// PostgreSQL the owner role: an admin may not drop tables).
bool turnBackToVersion1(const Database& database, const TestRegistryLocation& place)
{
    const QStringList firstTables{u"schema_migrations"_s, u"registry"_s,        u"apps"_s,
                                  u"app_redirect_urls"_s, u"app_permissions"_s, u"api_keys"_s};
    QStringList statements;
    for (const QString& table : database.connection().tables(QSql::Tables)) {
        if (!firstTables.contains(table))
            statements.append(u"DROP TABLE IF EXISTS "_s + table); // an index's own tables go with it
    }
    statements.append(u"DELETE FROM schema_migrations WHERE version > 1"_s);
    return std::all_of(statements.begin(), statements.end(),
                       [&place](const QString& sql) { return place.executeOutsideAppKeys(sql); });
}

bool isPostgres()
{
    return TestEngine::current() == SqlDialect::Engine::Postgres;
}

/// The names of the apps a search reads (AppOverviewReader::forEachPage), sorted.
QStringList namesSearchReads(const std::shared_ptr<Database>& database, const QString& searchText)
{
    QStringList names;
    const Status read = AppOverviewReader::forEachPage(
        database, Monday, 2,
        [&names](const QList<AppOverview>& page) {
            for (const AppOverview& overview : page)
                names.append(overview.app.details.name);
            return Status();
        },
        searchText);
    if (!read)
        return {u"error: "_s + read.error().message};
    names.sort();
    return names;
}

/// Opens the registry with the role that may upgrade its schema: on PostgreSQL the owner (schema version 4).
Result<std::shared_ptr<Database>> openToUpgrade(const TestRegistryLocation& place)
{
    return isPostgres() ? place.openAsOwner() : place.open();
}

} // namespace

class StorageTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void migratesAnEmptyRegistry();
    void reopeningKeepsTheRegistryAndAppliesNothingTwice();
    void refusesASchemaNewerThanTheProgram();
    void refusesAnotherProgramsDatabase();
    void theActorIsNotTakenFromTheEnvironment();
    void appsRoundTripWithUrlsAndPermissions_data();
    void appsRoundTripWithUrlsAndPermissions();
    void textReadsBackAsWrittenEmptyOrNot();
    void rowsReadEachValueAsBound();
    void aReadThatFailsMidwayIsReportedNotCutShort();
    void listsNewestFirst();
    void readsTheListingAPageAtATime();
    void readsChosenAppsInTheirOrderAndCountsTheLiveOnes();
    void readsEveryRowASliceOfAppsAtATime();
    void aPageHoldsOneCopyOfTheTextItsRowsRepeat();
    void aSearchReadsOnlyTheAppsThatMayHoldIt_data();
    void aSearchReadsOnlyTheAppsThatMayHoldIt();
    void theSearchIndexFollowsEveryWriter();
    void postgresAnswersTheSearchFromItsTrigramIndex();
    void aListingPageIsReadInTheOrderOfAnIndex();
    void namesAreTakenCaseInsensitivelyAmongLiveApps();
    void databaseRefusesADuplicateName();
    void aFailedInsertLeavesNothingBehind();
    void refusesAPlaintextSecretInTheHashColumn();
    void keysRoundTripAndNeedTheirApp();
    void findingAnUnknownAppFails();
    void findsAnAppByIdOrName();
    void listsTheKeysOfLiveApps();

    void aVersion1RegistryGainsAnEmptyAuditTrail();

    void readOnlyAsksForAnUpgradeInsteadOfMigrating();
    void readOnlyRefusesEveryWriteAndLeavesTheFileAsItWas();
    void aReaderOnAnotherThreadReadsTheRegistryAndWritesNothing();
    void equalCommitMarkersMeanNothingWasCommittedBetween();
};

void StorageTest::initTestCase()
{
    if (const QString unavailable = TestEngine::unavailableReason(); !unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    qInfo("Storage engine: %s", qPrintable(TestEngine::name()));
}

void StorageTest::migratesAnEmptyRegistry()
{
    TemporaryRegistry registry;
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    const Database& database = *registry.database();

    const Result<int> version = SchemaMigrator::currentVersion(database.connection());
    QVERIFY(version.ok());
    QCOMPARE(version.value(), SchemaMigrator::latestVersion());
    const QStringList tables = database.connection().tables();
    for (const QString& table :
         {u"schema_migrations"_s, u"registry"_s, u"apps"_s, u"app_redirect_urls"_s, u"app_permissions"_s, u"api_keys"_s,
          u"audit_log"_s, u"alert_deliveries"_s, u"key_usage"_s})
        QVERIFY2(tables.contains(table), qPrintable(table));

    if (isPostgres()) {
        // The audit trail's sequence counts without a 32-bit limit; the actor is the database role.
        QCOMPARE(scalar(database, u"SELECT data_type FROM information_schema.columns"
                                  " WHERE table_name = 'audit_log' AND column_name = 'sequence'"_s)
                     .toString(),
                 u"bigint"_s);
        QCOMPARE(database.actor(), scalar(database, u"SELECT session_user"_s).toString());
        QCOMPARE(database.dialect().engine(), SqlDialect::Engine::Postgres);
    } else {
        QCOMPARE(scalar(database, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(database, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QVERIFY(database.actor().contains(u'@'));
    }
    static const QRegularExpression uuidV4(u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    QVERIFY2(uuidV4.match(database.registryId()).hasMatch(), qPrintable(database.registryId()));
    QCOMPARE(rowCount(database, u"registry"_s), 1);
    QCOMPARE(database.location(), registry.location());
}

void StorageTest::reopeningKeepsTheRegistryAndAppliesNothingTwice()
{
    TemporaryRegistry registry;
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    const QString registryId = registry.database()->registryId();
    const QString appliedAt =
        scalar(*registry.database(), u"SELECT MAX(applied_at) FROM schema_migrations"_s).toString();
    registry.close();

    const Result<std::shared_ptr<Database>> reopened = registry.place().open();
    QVERIFY2(reopened.ok(), qPrintable(errorText(reopened)));
    const Database& database = *reopened.value();
    QCOMPARE(database.registryId(), registryId);
    QCOMPARE(rowCount(database, u"registry"_s), 1);
    // One row per migration; the versions have gaps where other versions were reserved.
    QCOMPARE(rowCount(database, u"schema_migrations"_s), int(SchemaMigrations::all(database.dialect()).size()));
    QCOMPARE(scalar(database, u"SELECT MAX(applied_at) FROM schema_migrations"_s).toString(), appliedAt);
}

void StorageTest::refusesASchemaNewerThanTheProgram()
{
    TemporaryRegistry registry;
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    const int newer = SchemaMigrator::latestVersion() + 1;
    QVERIFY(registry.place().executeOutsideAppKeys(u"INSERT INTO schema_migrations (version, applied_at)"
                                                   " VALUES (%1, '2030-01-01T00:00:00.000Z')"_s.arg(newer)));
    registry.close();

    const Result<std::shared_ptr<Database>> reopened = registry.place().open();
    QVERIFY(!reopened.ok());
    const QString message = reopened.error().message;
    QVERIFY2(message.contains(u"schema version %1"_s.arg(newer)), qPrintable(message));
    QVERIFY2(message.contains(u"up to %1"_s.arg(SchemaMigrator::latestVersion())), qPrintable(message));
    QVERIFY(!reopened.error().hint.isEmpty());
}

void StorageTest::refusesAnotherProgramsDatabase()
{
    const TestRegistryLocation place(TestRegistryLocation::Contents::Empty);
    QVERIFY2(place.isValid(), qPrintable(place.errorText()));
    QVERIFY(place.executeOutsideAppKeys(u"CREATE TABLE contacts (name TEXT)"_s));

    const Result<std::shared_ptr<Database>> opened = place.open();
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(u"is not an AppKeys database"_s), qPrintable(opened.error().message));
    // Left as it was: no AppKeys tables, and (SQLite) not switched to write-ahead logging.
    const QString listTables = isPostgres()
                                   ? u"SELECT string_agg(tablename, ',') FROM pg_tables WHERE schemaname = 'public'"_s
                                   : u"SELECT group_concat(name) FROM sqlite_master"_s;
    QCOMPARE(place.queryOutsideAppKeys(listTables).toString(), u"contacts"_s);
    if (!isPostgres())
        QCOMPARE(place.queryOutsideAppKeys(u"PRAGMA journal_mode"_s).toString(), u"delete"_s);
}

void StorageTest::theActorIsNotTakenFromTheEnvironment()
{
    const QByteArray user = qgetenv("USER");
    const QByteArray logName = qgetenv("LOGNAME");
    qputenv("USER", "bob");
    qputenv("LOGNAME", "bob");
    TemporaryRegistry registry;
    qputenv("USER", user);
    qputenv("LOGNAME", logName);
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));

    const Database& database = *registry.database();
    if (isPostgres()) {
        QCOMPARE(database.actor(), scalar(database, u"SELECT session_user"_s).toString());
    } else {
        const passwd* account = getpwuid(geteuid());
        QVERIFY(account);
        QCOMPARE(database.actor(), QString::fromLocal8Bit(account->pw_name) + u'@' + QSysInfo::machineHostName());
    }
    QVERIFY2(!database.actor().startsWith(u"bob"_s), qPrintable(database.actor()));
    QVERIFY(
        registry.repository()->insertApp(SampleApps::record(u"Front desk"_s, QDateTime::currentDateTimeUtc())).ok());
    QCOMPARE(scalar(database, u"SELECT actor FROM audit_log"_s).toString(), database.actor());
}

void StorageTest::appsRoundTripWithUrlsAndPermissions_data()
{
    QTest::addColumn<LoginUserType>("loginUserType");
    QTest::addColumn<SourceApp>("sourceApp");
    QTest::addColumn<AuthMethod>("authMethod");

    QTest::newRow("guest, external CMA, API keys")
        << LoginUserType::Guest << SourceApp::ExternalCma << AuthMethod::ApiKeyGroups;
    QTest::newRow("employee, webstore, JWT")
        << LoginUserType::Employee << SourceApp::ExternalWebstore << AuthMethod::JwtGroups;
    QTest::newRow("guest, client app, JWT") << LoginUserType::Guest << SourceApp::ClientApp << AuthMethod::JwtGroups;
    QTest::newRow("employee, bot, API keys") << LoginUserType::Employee << SourceApp::Bot << AuthMethod::ApiKeyGroups;
}

void StorageTest::appsRoundTripWithUrlsAndPermissions()
{
    QFETCH(LoginUserType, loginUserType);
    QFETCH(SourceApp, sourceApp);
    QFETCH(AuthMethod, authMethod);
    TemporaryRegistry registry;
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));

    AppRecord app = SampleApps::record(u"Front desk"_s, Monday);
    app.details.loginUserType = loginUserType;
    app.details.sourceApp = sourceApp;
    app.scope.authMethod = authMethod;
    app.details.postLogoutRedirectUrls = {u"https://a.example.com/out"_s, u"http://localhost:8080/out"_s};
    app.details.postLoginRedirectUrls = {u"com.example.app:/callback"_s, u"https://a.example.com/in"_s,
                                         u"https://b.example.com/in"_s};
    app.scope.permissionIds = {u"appointments.read"_s, u"guests.delete"_s, u"webhooks.manage"_s};
    const Status inserted = registry.repository()->insertApp(app);
    QVERIFY2(inserted.ok(), qPrintable(errorText(inserted)));

    const Result<AppRecord> found = registry.repository()->findApp(app.applicationId);
    QVERIFY(found.ok());
    const Result<QList<AppRecord>> listed = registry.repository()->listApps();
    QVERIFY(listed.ok());
    QCOMPARE(listed.value().size(), 1);
    for (const AppRecord& stored : {found.value(), listed.value().constFirst()}) {
        QCOMPARE(stored.applicationId, app.applicationId);
        QCOMPARE(stored.details.name, app.details.name);
        QCOMPARE(stored.details.uri, app.details.uri);
        QCOMPARE(stored.details.description, app.details.description);
        QCOMPARE(stored.details.loginUserType, loginUserType);
        QCOMPARE(stored.details.sourceApp, sourceApp);
        QCOMPARE(stored.scope.authMethod, authMethod);
        QCOMPARE(stored.details.postLogoutRedirectUrls, app.details.postLogoutRedirectUrls);
        QCOMPARE(stored.details.postLoginRedirectUrls, app.details.postLoginRedirectUrls);
        QCOMPARE(stored.scope.permissionIds, app.scope.permissionIds);
        QCOMPARE(stored.secretSha256, app.secretSha256);
        QCOMPARE(stored.secretHint, app.secretHint);
        QCOMPARE(stored.createdBy, app.createdBy);
        QCOMPARE(stored.createdAt, Monday);
        QCOMPARE(stored.rowVersion, 1);
    }
    QCOMPARE(scalar(*registry.database(), u"SELECT created_at FROM apps"_s).toString(), u"2025-03-03T09:30:15.123Z"_s);

    // Without its scope (the expiry planner's read): the same row, no URLs, no permissions.
    const Result<QList<AppRecord>> rows = registry.repository()->listAppsWithoutScope(AppSelection::all());
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 1);
    const AppRecord& row = rows.value().constFirst();
    QCOMPARE(row.applicationId, app.applicationId);
    QCOMPARE(row.details.name, app.details.name);
    QCOMPARE(row.details.sourceApp, sourceApp);
    QCOMPARE(row.active, app.active);
    QCOMPARE(row.secretSha256, app.secretSha256);
    QCOMPARE(row.createdAt, Monday);
    QCOMPARE(row.details.postLogoutRedirectUrls, QStringList());
    QCOMPARE(row.details.postLoginRedirectUrls, QStringList());
    QCOMPARE(row.scope.permissionIds, QStringList());
}

/// Text is read from SQLite as its UTF-8 (SqlDialect::asUtf8): beyond ASCII and the BMP it reads back as written, and
/// empty text reads back empty, not null, so that writing it back does not bind NULL.
void StorageTest::textReadsBackAsWrittenEmptyOrNot()
{
    TemporaryRegistry registry;
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    AppRecord app = SampleApps::record(u"Café ✓ 🔑 \u202Eevil"_s, Monday);
    app.details.description = u""_s;
    app.details.uri = u""_s;
    QVERIFY(registry.repository()->insertApp(app).ok());

    const Result<QList<AppRecord>> listed = registry.repository()->listApps();
    QVERIFY(listed.ok() && listed.value().size() == 1);
    const AppRecord& stored = listed.value().constFirst();
    QCOMPARE(stored.details.name, app.details.name);
    QVERIFY(stored.details.description.isEmpty() && !stored.details.description.isNull());
    QVERIFY(stored.details.uri.isEmpty() && !stored.details.uri.isNull());

    AppDetails renamed = stored.details;
    renamed.name += u" 2"_s;
    const Status written = registry.repository()->updateDetails(stored.applicationId, stored.rowVersion, renamed);
    QVERIFY2(written.ok(), qPrintable(errorText(written)));
    QCOMPARE(registry.repository()->findApp(app.applicationId).value().details.name, app.details.name + u" 2"_s);
}

/// SqlRows reads SQLite through its library, not Qt's driver: each value comes back as QSqlQuery gave it.
void StorageTest::rowsReadEachValueAsBound()
{
    TemporaryRegistry registry;
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    const QString pasted = u"Café ✓ 🔑 \u202Eevil\u200B="_s.repeated(40'000); // about 1 MB of UTF-8
    SqlRows rows(registry.database()->connection(), u"SELECT CAST(:text AS TEXT), CAST(:nothing AS TEXT),"
                                                    " CAST(:number AS BIGINT), '', CAST(:number AS TEXT)"_s);
    rows.bindValues({{u":text"_s, pasted},
                     {u":nothing"_s, QVariant(QMetaType::fromType<QString>())},
                     {u":number"_s, qint64(1'234'567'890'123)}});
    QVERIFY2(rows.exec(), qPrintable(rows.lastError().text()));
    QVERIFY(rows.next());
    QCOMPARE(rows.text(0), pasted);
    QVERIFY(rows.isNull(1) && rows.text(1).isNull());
    QCOMPARE(rows.integer(2), qint64(1'234'567'890'123));
    QVERIFY(!rows.isNull(3) && rows.text(3).isEmpty() && !rows.text(3).isNull());
    QCOMPARE(rows.text(4), u"1234567890123"_s);
    QVERIFY(!rows.next());
    QVERIFY(!rows.failed());
}

/// A row the database cannot hand over ends the read with its error, which the reader reports: the rows before it are
/// not taken for all of them.
void StorageTest::aReadThatFailsMidwayIsReportedNotCutShort()
{
    TemporaryRegistry registry;
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    const QString sql = isPostgres() ? u"SELECT CAST(value AS json) FROM (VALUES ('1'), ('{')) AS listed(value)"_s
                                     : u"SELECT json(value) FROM (SELECT '1' AS value UNION ALL SELECT '{')"_s;
    SqlRows rows(registry.database()->connection(), sql);
    int read = 0;
    if (rows.exec()) {
        while (rows.next())
            ++read;
    }
    QVERIFY(rows.failed());
    QVERIFY(read <= 1);
    const Error error = RepositoryQuery::readError(rows);
    QCOMPARE(error.message, u"Could not read the registry."_s);
    const QString databaseText = isPostgres() ? u"invalid input syntax for type json"_s : u"malformed JSON"_s;
    QVERIFY2(error.hint.contains(databaseText), qPrintable(error.hint));
}

void StorageTest::listsNewestFirst()
{
    TemporaryRegistry registry;
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    for (int day = 1; day <= 3; ++day)
        QVERIFY(registry.repository()->insertApp(SampleApps::record(u"App %1"_s.arg(day), Monday.addDays(day))).ok());

    const Result<QList<AppRecord>> listed = registry.repository()->listApps();
    QVERIFY(listed.ok());
    QStringList names;
    for (const AppRecord& app : listed.value())
        names.append(app.details.name);
    QCOMPARE(names, (QStringList{u"App 3"_s, u"App 2"_s, u"App 1"_s}));
    QCOMPARE(listed.value().constFirst().details.postLoginRedirectUrls,
             SampleApps::details(u"App 3"_s).postLoginRedirectUrls);
}

void StorageTest::readsTheListingAPageAtATime()
{
    TemporaryRegistry registry(std::make_shared<FixedClock>(Monday));
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    // Two apps created in the same millisecond: a page may end between them, and neither is lost or read twice.
    const QList<std::pair<QString, QDateTime>> created{{u"App 1"_s, Monday.addDays(1)},
                                                       {u"App 2"_s, Monday},
                                                       {u"App 3"_s, Monday},
                                                       {u"App 4"_s, Monday.addDays(-1)},
                                                       {u"Gone"_s, Monday.addDays(-2)},
                                                       {u"App 5"_s, Monday.addDays(-3)}};
    for (const auto& [name, at] : created) {
        const AppRecord app = SampleApps::record(name, at);
        QVERIFY(registry.repository()->insertApp(app).ok());
        QVERIFY(registry.keys()->insertKey(SampleApps::key(app.applicationId, at)).ok());
        if (name == u"Gone"_s)
            QVERIFY(registry.repository()->markDeleted(app.applicationId).ok());
    }

    QStringList pagedNames;
    QList<int> pageSizes;
    int appsWithTheirOwnKey = 0;
    const Status read =
        AppOverviewReader::forEachPage(registry.database(), Monday, 2, [&](const QList<AppOverview>& page) {
            pageSizes.append(page.size());
            for (const AppOverview& overview : page) {
                pagedNames.append(overview.app.details.name);
                if (overview.keys.size() == 1 && overview.keys.constFirst().applicationId == overview.app.applicationId)
                    ++appsWithTheirOwnKey;
            }
            return Status();
        });
    QVERIFY2(read.ok(), qPrintable(read.error().message));
    QCOMPARE(pageSizes, (QList<int>{2, 2, 1}));
    QCOMPARE(appsWithTheirOwnKey, 5);
    const Result<QList<AppOverview>> all = AppOverviewReader::loadAll(registry.database(), Monday);
    QVERIFY(all.ok());
    QStringList allNames;
    for (const AppOverview& overview : all.value())
        allNames.append(overview.app.details.name);
    QCOMPARE(pagedNames, allNames);
    QCOMPARE(pagedNames.size(), 5);
    QCOMPARE(pagedNames.first(), u"App 1"_s);
    QCOMPARE(pagedNames.last(), u"App 5"_s);

    // Where a page ends, counted along the listing's index (ConcurrentPageReader): past the tie and the deleted app.
    QStringList ids;
    for (const AppOverview& overview : all.value())
        ids.append(overview.app.applicationId);
    const auto idAt = [&](const QString& after, qsizetype offset) {
        const Result<std::optional<QString>> found =
            AppRepository(registry.database()).idAt(AppSelection::liveAfter(after), offset);
        return found.ok() ? found.value().value_or(u"none"_s) : u"error: "_s + found.error().message;
    };
    QCOMPARE(idAt({}, 0), ids[0]);
    QCOMPARE(idAt({}, 4), ids[4]);
    QCOMPARE(idAt({}, 5), u"none"_s);
    QCOMPARE(idAt(ids[1], 0), ids[2]);
    QCOMPARE(idAt(ids[2], 1), ids[4]);
    QCOMPARE(idAt(ids[3], 1), u"none"_s);

    // An error from the receiver ends the reading with that error.
    int pagesTaken = 0;
    const Status stopped =
        AppOverviewReader::forEachPage(registry.database(), Monday, 2, [&pagesTaken](const QList<AppOverview>&) {
            ++pagesTaken;
            return Status(Error{u"stop"_s, {}});
        });
    QCOMPARE(stopped.error().message, u"stop"_s);
    QCOMPARE(pagesTaken, 1);
}

void StorageTest::readsChosenAppsInTheirOrderAndCountsTheLiveOnes()
{
    TemporaryRegistry registry(std::make_shared<FixedClock>(Monday));
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    QStringList ids;
    for (int day = 0; day < 5; ++day) {
        const AppRecord app = SampleApps::record(u"App %1"_s.arg(day), Monday.addDays(-day));
        QVERIFY(registry.repository()->insertApp(app).ok());
        QVERIFY(registry.keys()->insertKey(SampleApps::key(app.applicationId, Monday)).ok());
        ids.append(app.applicationId);
    }
    QVERIFY(registry.repository()->markDeleted(ids.at(3)).ok());
    QCOMPARE(AppOverviewReader::count(registry.database()).value(), 4);

    // The order asked for (a window's sort), not the listing's; a deleted app and an unknown id are skipped.
    const QStringList asked{ids.at(2), ids.at(0), ids.at(3), u"no-such-app"_s, ids.at(4), ids.at(1)};
    QStringList names;
    QList<int> pageSizes;
    int keysRead = 0;
    const Status read =
        AppOverviewReader::forEachPageOf(registry.database(), asked, Monday, 3, [&](const QList<AppOverview>& page) {
            pageSizes.append(int(page.size()));
            for (const AppOverview& overview : page) {
                names.append(overview.app.details.name);
                keysRead += int(overview.keys.size());
            }
            return Status();
        });
    QVERIFY2(read.ok(), qPrintable(read.error().message));
    QCOMPARE(names, (QStringList{u"App 2"_s, u"App 0"_s, u"App 4"_s, u"App 1"_s}));
    QCOMPARE(pageSizes, (QList<int>{2, 2}));
    QCOMPARE(keysRead, 4);
    QCOMPARE(AppOverviewReader::forEachPageOf(registry.database(), asked, Monday, 3,
                                              [](const QList<AppOverview>&) {
                                                  return Status(Error{u"stop"_s, {}});
                                              })
                 .error()
                 .message,
             u"stop"_s);

    // The ids go to the database as one JSON array: an id that JSON escapes, or that looks like its syntax, is found.
    AppRecord hostile = SampleApps::record(u"Hostile"_s, Monday.addDays(-6));
    hostile.applicationId = u"q\"u,o\"]te\\ \u202E\U0001F642"_s;
    QVERIFY(registry.repository()->insertApp(hostile).ok());
    QStringList found;
    QVERIFY(AppOverviewReader::forEachPageOf(registry.database(), {hostile.applicationId, u"q"_s, ids.at(0)}, Monday, 3,
                                             [&found](const QList<AppOverview>& page) {
                                                 for (const AppOverview& overview : page)
                                                     found.append(overview.app.applicationId);
                                                 return Status();
                                             })
                .ok());
    QCOMPARE(found, (QStringList{hostile.applicationId, ids.at(0)}));
}

void StorageTest::aSearchReadsOnlyTheAppsThatMayHoldIt_data()
{
    QTest::addColumn<QString>("searchText");
    QTest::addColumn<QStringList>("read");
    // Each found as AppFilter's search finds it: case-folded, KELVIN SIGN as k, LONG S as s.
    QTest::newRow("kelvin sign") << u"KIOSK"_s << QStringList{u"\u212Aiosk Lane"_s};
    QTest::newRow("long s") << u"spa"_s << QStringList{u"Harbor Spa"_s, u"Seaside \u017Fpa"_s};
    QTest::newRow("ASCII in either case") << u"hARBOR"_s << QStringList{u"Harbor Spa"_s};
    QTest::newRow("beyond ASCII") << u"école"_s << QStringList{u"École du Port"_s};
    QTest::newRow("percent is not a wildcard") << u"100%"_s << QStringList{u"100% Pure_x"_s};
    QTest::newRow("underscore is not a wildcard") << u"e_x"_s << QStringList{u"100% Pure_x"_s};
    QTest::newRow("by creator") << u"MALLORY"_s << QStringList{u"Other"_s};
    // The index's query syntax (quotes, AND, *, ^, column:) is text to find like any other.
    QTest::newRow("the index's syntax") << u"\"HI\" AND *"_s << QStringList{u"Say \"Hi\" and * ^x:y"_s};
    QTest::newRow("the index's syntax, part") << u"^x:"_s << QStringList{u"Say \"Hi\" and * ^x:y"_s};
    QTest::newRow("nothing") << u"zzz"_s << QStringList{};
    // Longer than SQLite's limit on a LIKE pattern: found as nothing, not refused.
    QTest::newRow("1 MB paste") << QString(1 << 20, u'a') << QStringList{};
}

void StorageTest::aSearchReadsOnlyTheAppsThatMayHoldIt()
{
    QFETCH(QString, searchText);
    QFETCH(QStringList, read);
    TemporaryRegistry registry(std::make_shared<FixedClock>(Monday));
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    int minute = 0;
    for (const QString& name : {u"\u212Aiosk Lane"_s, u"Harbor Spa"_s, u"Seaside \u017Fpa"_s, u"École du Port"_s,
                                u"100% Pure_x"_s, u"Other"_s, u"Say \"Hi\" and * ^x:y"_s}) {
        AppRecord app = SampleApps::record(name, Monday.addSecs(60 * ++minute));
        app.createdBy = name == u"Other"_s ? u"mallory@desk"_s : u"ann@desk"_s;
        QVERIFY(registry.repository()->insertApp(app).ok());
    }

    // Pages of 2: a search's page is found once and then read by id.
    QStringList names;
    AppFilter filter;
    filter.searchText = searchText;
    const Status status = AppOverviewReader::forEachPage(
        registry.database(), Monday, 2,
        [&](const QList<AppOverview>& page) {
            for (const AppOverview& overview : page) {
                names.append(overview.app.details.name);
                if (!filter.matches(overview, Monday))
                    return Status(Error{u"read but no match: "_s + overview.app.details.name, {}});
            }
            return Status();
        },
        searchText);
    QVERIFY2(status.ok(), qPrintable(status.error().message));
    names.sort();
    QCOMPARE(names, read);
}

void StorageTest::theSearchIndexFollowsEveryWriter()
{
    if (isPostgres())
        QSKIP("PostgreSQL's index is postgresAnswersTheSearchFromItsTrigramIndex's.");
    TemporaryRegistry registry(std::make_shared<FixedClock>(Monday));
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    const AppRecord harbor = SampleApps::record(u"Harbor Spa"_s, Monday);
    const AppRecord lighthouse = SampleApps::record(u"Lighthouse"_s, Monday.addSecs(60));
    QVERIFY(registry.repository()->insertApp(harbor).ok());
    QVERIFY(registry.repository()->insertApp(lighthouse).ok());
    QCOMPARE(namesSearchReads(registry.database(), u"HARBOR"_s), QStringList{u"Harbor Spa"_s});

    AppDetails renamed = harbor.details;
    renamed.name = u"Quay Cafe"_s;
    QVERIFY(registry.repository()->updateDetails(harbor.applicationId, harbor.rowVersion, renamed).ok());
    QCOMPARE(namesSearchReads(registry.database(), u"harbor"_s), QStringList{});
    QCOMPARE(namesSearchReads(registry.database(), u"quay"_s), QStringList{u"Quay Cafe"_s});

    // A writer that goes around AppKeys is followed too: the index is kept by the database's triggers.
    const TestRegistryLocation& place = registry.place();
    QVERIFY(place.executeOutsideAppKeys(
        u"UPDATE apps SET description = 'zebra crossing' WHERE application_id = '%1'"_s.arg(lighthouse.applicationId)));
    QCOMPARE(namesSearchReads(registry.database(), u"Zebra"_s), QStringList{u"Lighthouse"_s});
    QVERIFY(place.executeOutsideAppKeys(u"DELETE FROM apps WHERE application_id = '%1'"_s.arg(harbor.applicationId)));
    QCOMPARE(namesSearchReads(registry.database(), u"quay"_s), QStringList{});
    QCOMPARE(rowCount(*registry.database(), u"app_search_rows"_s), 1);
    // The index agrees with the apps it reads (FTS5's own check, against the view).
    QVERIFY(place.executeOutsideAppKeys(u"INSERT INTO app_search (app_search, rank) VALUES ('integrity-check', 1)"_s));

    // A search of three characters or more is answered by the index alone; a shorter one scans the apps.
    QVERIFY(place.executeOutsideAppKeys(u"INSERT INTO app_search (app_search) VALUES ('delete-all')"_s));
    QCOMPARE(namesSearchReads(registry.database(), u"zebra"_s), QStringList{});
    QCOMPARE(namesSearchReads(registry.database(), u"ze"_s), QStringList{u"Lighthouse"_s});
}

namespace {

/// AppSelection::search's condition with its pattern in as text: the server prepares no EXPLAIN.
QString searchCondition(const Database& database, const QString& searchText)
{
    QString condition = AppSelection::search(searchText, database.dialect()).condition();
    const QString pattern = AppFilter::likePatternFor(searchText, AppFilter::LikeText::FoldsOntoAscii);
    return condition.replace(u":search"_s, u"'%1'"_s.arg(pattern));
}

QStringList searchPlan(const Database& database, const QString& searchText)
{
    QSqlQuery query(database.connection());
    QStringList plan;
    if (!query.exec(u"EXPLAIN ANALYZE SELECT application_id FROM apps WHERE "_s +
                    searchCondition(database, searchText)))
        return {query.lastError().text()};
    while (query.next())
        plan.append(query.value(0).toString());
    return plan;
}

} // namespace

void StorageTest::postgresAnswersTheSearchFromItsTrigramIndex()
{
    if (!isPostgres())
        QSKIP("SQLite's index is theSearchIndexFollowsEveryWriter's.");
    TemporaryRegistry registry(std::make_shared<FixedClock>(Monday));
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    QVERIFY(registry.repository()->insertApp(SampleApps::record(u"Harbor Spa"_s, Monday)).ok());
    QCOMPARE(namesSearchReads(registry.database(), u"harbor"_s), QStringList{u"Harbor Spa"_s});

    // The search's text is the index's expression exactly, or the server would scan: among 5,000 other apps, which
    // the server knows of (VACUUM ANALYZE), it reads the index.
    const Database& database = *registry.database();
    QCOMPARE(scalar(database, u"SELECT count(*) FROM pg_indexes WHERE indexname = 'apps_search'"_s).toInt(), 1);
    QVERIFY(registry.place().executeOutsideAppKeys(
        u"INSERT INTO apps (application_id, name, name_key, uri, login_user_type, source_app, auth_method,"
        " secret_sha256, secret_hint, created_by, created_at, updated_at)"
        " SELECT 'id-' || i, 'Harbor Cafe ' || i, 'harbor cafe ' || i, 'https://example.com/' || i, 'guest', 'bot',"
        " 'apikey_groups', repeat('0', 64), 'hint', 'ann@desk', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'"
        " FROM generate_series(1, 5000) AS i"_s));
    QVERIFY(registry.place().executeOutsideAppKeys(u"VACUUM ANALYZE apps"_s));
    QSqlQuery query(database.connection());
    // A scan is costed on estimates; the index is the one way left to answer that is not a pass over every row.
    QVERIFY(query.exec(u"SET enable_seqscan = off"_s));
    const QStringList plan = searchPlan(database, u"harbor spa"_s);
    const QString planText = plan.join(u'\n');
    QVERIFY2(planText.contains(u"Bitmap Index Scan on apps_search"_s), qPrintable(planText));
    // The s is in the index's pieces too (the text's LONG S folded onto it): of the 5,001 apps holding "harbor",
    // the index names the one holding "harbor spa", not all of them for the server to read again.
    QCOMPARE(
        scalar(database, u"SELECT count(*) FROM apps WHERE "_s + searchCondition(database, u"harbor spa"_s)).toInt(),
        1);
    static const QRegularExpression indexRows(u"Bitmap Index Scan on apps_search .*actual time=\\S+ rows=(\\d+)"_s);
    const QRegularExpressionMatch rows = indexRows.match(planText);
    QVERIFY2(rows.hasMatch(), qPrintable(planText));
    QCOMPARE(rows.captured(1).toInt(), 1);
}

void StorageTest::aListingPageIsReadInTheOrderOfAnIndex()
{
    TemporaryRegistry registry(std::make_shared<FixedClock>(Monday));
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    const Database& database = *registry.database();
    if (isPostgres()) {
        QCOMPARE(scalar(database, u"SELECT indexdef FROM pg_indexes WHERE indexname = 'apps_listing'"_s)
                     .toString()
                     .section(u" USING "_s, 1),
                 u"btree (created_at DESC, application_id)"_s);
        return;
    }
    // Version 8's index is in the listing's order: SQLite reads the next page from it, without a sort of its own
    // (with version 1's index on created_at alone, it sorted each created_at's apps by id: "RIGHT PART OF ORDER BY").
    QSqlQuery query(database.connection());
    QVERIFY(query.prepare(u"EXPLAIN QUERY PLAN SELECT application_id FROM apps WHERE "_s +
                          AppSelection::page(u"some-id"_s, 1000, database.dialect()).condition()));
    query.bindValue(u":page_after"_s, u"some-id"_s);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QStringList plan;
    while (query.next())
        plan.append(query.value(3).toString());
    const QString text = plan.join(u'\n');
    QVERIFY2(text.contains(u"USING INDEX apps_listing"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"TEMP B-TREE"_s), qPrintable(text));
    // The page's apps are then found by rowid, in the order they were written, not by id.
    QVERIFY2(text.startsWith(u"SEARCH apps USING INTEGER PRIMARY KEY (rowid=?)"_s), qPrintable(text));

    // Nothing sorts a page's rows again: its apps are listed from the index, and their redirect URLs, permissions and
    // keys app by app, in the order the join visits the apps.
    const AppSelection page = AppSelection::page(u"some-id"_s, 1000, database.dialect());
    const QString byApp = AppSelection::appByApp(database.dialect());
    for (const QString& read :
         {u"SELECT name FROM apps "_s + page.listing(),
          u"SELECT u.url FROM app_redirect_urls u JOIN apps ON apps.application_id = u.application_id WHERE %1"
          " ORDER BY %2, u.kind, u.position"_s.arg(page.condition(), byApp),
          u"SELECT p.permission_id FROM app_permissions p JOIN apps ON apps.application_id = p.application_id"
          " WHERE %1 ORDER BY %2, p.permission_id"_s.arg(page.condition(), byApp)}) {
        QSqlQuery explained(database.connection());
        QVERIFY(explained.prepare(u"EXPLAIN QUERY PLAN "_s + read));
        explained.bindValue(u":page_after"_s, u"some-id"_s);
        QVERIFY2(explained.exec(), qPrintable(explained.lastError().text()));
        QStringList steps;
        while (explained.next())
            steps.append(explained.value(3).toString());
        QVERIFY2(!steps.join(u'\n').contains(u"TEMP B-TREE"_s), qPrintable(read + u'\n' + steps.join(u'\n')));
    }
}

void StorageTest::aPageHoldsOneCopyOfTheTextItsRowsRepeat()
{
    // At 100,000 apps the window holds every app: a creator, a permission id or an app's id repeated in each row
    // would be a copy per row.
    TemporaryRegistry registry(std::make_shared<FixedClock>(Monday));
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    for (const QString& name : {u"App 1"_s, u"App 2"_s}) {
        AppRecord app = SampleApps::record(name, Monday);
        app.scope.permissionIds = {u"appointments.read"_s};
        QVERIFY(registry.repository()->insertApp(app).ok());
        QVERIFY(registry.keys()->insertKey(SampleApps::key(app.applicationId, Monday)).ok());
        QVERIFY(registry.keys()->insertKey(SampleApps::key(app.applicationId, Monday.addDays(1))).ok());
    }
    const Result<QList<AppOverview>> page = AppOverviewReader::loadPage(registry.database(), Monday, {}, 10);
    QVERIFY(page.ok());
    QCOMPARE(page.value().size(), 2);
    const AppOverview& first = page.value().at(0);
    const AppOverview& second = page.value().at(1);
    QCOMPARE(first.app.createdBy, u"tester@example"_s);
    QCOMPARE(first.app.createdBy.constData(), second.app.createdBy.constData());
    QCOMPARE(first.app.scope.permissionIds.constFirst().constData(),
             second.app.scope.permissionIds.constFirst().constData());
    QCOMPARE(first.keys.size(), 2);
    for (const KeyRecord& key : first.keys) {
        QCOMPARE(key.applicationId.constData(), first.app.applicationId.constData());
        QCOMPARE(key.createdBy.constData(), first.keys.constFirst().createdBy.constData());
    }
}

void StorageTest::readsEveryRowASliceOfAppsAtATime()
{
    TemporaryRegistry registry(std::make_shared<FixedClock>(Monday));
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    QStringList appIds;
    for (const QString& name : {u"App 1"_s, u"App 2"_s, u"Gone"_s, u"App 4"_s, u"App 5"_s}) {
        const AppRecord app = SampleApps::record(name, Monday);
        QVERIFY(registry.repository()->insertApp(app).ok());
        QVERIFY(registry.keys()->insertKey(SampleApps::key(app.applicationId, Monday)).ok());
        QVERIFY(registry.keys()->insertKey(SampleApps::key(app.applicationId, Monday.addDays(1))).ok());
        if (name == u"Gone"_s)
            QVERIFY(registry.repository()->markDeleted(app.applicationId).ok());
        appIds.append(app.applicationId);
    }
    std::sort(appIds.begin(), appIds.end());

    const RegistryContentsReader reader(registry.database());
    QCOMPARE(reader.appCount().value(), 5);
    QList<AppIdRange> slices;
    QStringList slicedAppIds;
    int keysInTheirSlice = 0;
    do {
        const Result<AppIdRange> slice = reader.sliceAfter(slices.isEmpty() ? std::nullopt : slices.last().upTo, 2);
        QVERIFY2(slice.ok(), qPrintable(errorText(slice)));
        slices.append(slice.value());
        const Result<RegistryContents> contents = reader.read(slice.value());
        QVERIFY2(contents.ok(), qPrintable(errorText(contents)));
        QStringList ids;
        for (const AppRecord& app : contents.value().apps)
            ids.append(app.applicationId);
        ids.sort();
        slicedAppIds.append(ids);
        for (const KeyRecord& key : contents.value().keys)
            keysInTheirSlice += ids.contains(key.applicationId) ? 1 : 0;
    } while (slices.last().upTo && slices.size() < 10);
    // Ids in order, the deleted app's too, each once; every key with its app; each slice starts where the last ended.
    QCOMPARE(slicedAppIds, appIds);
    QCOMPARE(keysInTheirSlice, 10);
    QCOMPARE(slices.size(), 3);
    QCOMPARE(slices.at(0).after, std::nullopt);
    QCOMPARE(slices.at(0).upTo, std::optional(appIds.at(1)));
    QCOMPARE(slices.at(1).after, std::optional(appIds.at(1)));
    QCOMPARE(slices.at(1).upTo, std::optional(appIds.at(3)));
    QCOMPARE(slices.at(2).after, std::optional(appIds.at(3)));
    QCOMPARE(slices.at(2).upTo, std::nullopt);
}

void StorageTest::namesAreTakenCaseInsensitivelyAmongLiveApps()
{
    TemporaryRegistry registry;
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    AppRepository& repository = *registry.repository();
    const AppRecord app = SampleApps::record(u"Ärzte Booking"_s, Monday);
    QVERIFY(repository.insertApp(app).ok());

    QCOMPARE(repository.isNameTaken(u"Ärzte Booking"_s).value(), true);
    QCOMPARE(repository.isNameTaken(u"äRZTE bOOKING"_s).value(), true);
    QCOMPARE(repository.isNameTaken(u"  ÄRZTE BOOKING "_s).value(), true);
    QCOMPARE(repository.isNameTaken(u"Ärzte Booking 2"_s).value(), false);

    // A deleted app frees its name.
    QVERIFY(execute(*registry.database(), u"UPDATE apps SET deleted_at = '2025-03-04T00:00:00.000Z'"_s));
    QCOMPARE(repository.isNameTaken(u"ärzte booking"_s).value(), false);
    QVERIFY(repository.insertApp(SampleApps::record(u"ÄRZTE BOOKING"_s, Monday)).ok());
}

void StorageTest::databaseRefusesADuplicateName()
{
    TemporaryRegistry registry;
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    QVERIFY(registry.repository()->insertApp(SampleApps::record(u"Booking App"_s, Monday)).ok());

    const AppRecord duplicate = SampleApps::record(u"BOOKING app"_s, Monday);
    const Status inserted = registry.repository()->insertApp(duplicate);
    QVERIFY(!inserted.ok());
    QCOMPARE(inserted.error().message, u"An app named “BOOKING app” already exists."_s);
    QCOMPARE(rowCount(*registry.database(), u"apps"_s), 1);
    QCOMPARE(rowCount(*registry.database(), u"app_redirect_urls"_s), 2);
}

void StorageTest::aFailedInsertLeavesNothingBehind()
{
    TemporaryRegistry registry;
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    AppRecord app = SampleApps::record(u"Twice the same permission"_s, Monday);
    app.scope.permissionIds = {u"appointments.read"_s, u"appointments.read"_s};

    const Status inserted = registry.repository()->insertApp(app);
    QVERIFY(!inserted.ok());
    QVERIFY2(inserted.error().message.contains(u"appointments.read"_s), qPrintable(inserted.error().message));
    QVERIFY(!inserted.error().hint.isEmpty());
    for (const QString& table : {u"apps"_s, u"app_redirect_urls"_s, u"app_permissions"_s})
        QCOMPARE(rowCount(*registry.database(), table), 0);
}

void StorageTest::refusesAPlaintextSecretInTheHashColumn()
{
    TemporaryRegistry registry;
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    AppRecord app = SampleApps::record(u"Careless"_s, Monday);
    app.secretSha256 = CredentialFormat::generate(CredentialKind::Secret);

    QVERIFY(!registry.repository()->insertApp(app).ok());
    QCOMPARE(rowCount(*registry.database(), u"apps"_s), 0);
}

void StorageTest::keysRoundTripAndNeedTheirApp()
{
    TemporaryRegistry registry;
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    const AppRecord app = SampleApps::record(u"Keyed"_s, Monday);
    QVERIFY(registry.repository()->insertApp(app).ok());

    const QString apiKey = CredentialFormat::generate(CredentialKind::ApiKey);
    KeyRecord key{u"5d3c2a0e-8f4b-4c1d-9a7e-2b6f0c1d3e4f"_s,
                  app.applicationId,
                  CredentialFormat::sha256Hex(apiKey),
                  CredentialFormat::hint(apiKey),
                  u"tester@example"_s,
                  Monday,
                  Monday.addDays(365),
                  {},
                  {},
                  0};
    const Status inserted = registry.keys()->insertKey(key);
    QVERIFY2(inserted.ok(), qPrintable(errorText(inserted)));

    const Result<QList<KeyRecord>> keys = registry.keys()->keysForApp(app.applicationId);
    QVERIFY(keys.ok());
    QCOMPARE(keys.value().size(), 1);
    const KeyRecord& stored = keys.value().constFirst();
    QCOMPARE(stored.keyId, key.keyId);
    QCOMPARE(stored.applicationId, app.applicationId);
    QCOMPARE(stored.keySha256, key.keySha256);
    QCOMPARE(stored.keyHint, key.keyHint);
    QCOMPARE(stored.createdBy, key.createdBy);
    QCOMPARE(stored.createdAt, Monday);
    QCOMPARE(stored.expiresAt, Monday.addDays(365));
    QVERIFY(stored.revokedAt.isNull());

    KeyRecord orphan = key;
    orphan.keyId = u"0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9"_s;
    orphan.applicationId = u"00000000-0000-4000-8000-000000000000"_s;
    orphan.keySha256 = CredentialFormat::sha256Hex(CredentialFormat::generate(CredentialKind::ApiKey));
    QVERIFY(!registry.keys()->insertKey(orphan).ok());
    QCOMPARE(rowCount(*registry.database(), u"api_keys"_s), 1);
}

void StorageTest::findingAnUnknownAppFails()
{
    TemporaryRegistry registry;
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    const QString unknown = u"00000000-0000-4000-8000-000000000000"_s;

    const Result<AppRecord> found = registry.repository()->findApp(unknown);
    QVERIFY(!found.ok());
    QVERIFY2(found.error().message.contains(unknown), qPrintable(found.error().message));
}

void StorageTest::findsAnAppByIdOrName()
{
    TemporaryRegistry registry;
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    const AppRecord app = SampleApps::record(u"Front Desk"_s, Monday);
    QVERIFY(registry.repository()->insertApp(app).ok());
    QVERIFY(registry.repository()->insertApp(SampleApps::record(u"Back Office"_s, Monday)).ok());

    for (const QString& idOrName : {app.applicationId, u"Front Desk"_s, u"  front desk "_s}) {
        const Result<AppRecord> found = registry.repository()->findAppByIdOrName(idOrName);
        QVERIFY2(found.ok(), qPrintable(idOrName));
        QCOMPARE(found.value().applicationId, app.applicationId);
        QCOMPARE(found.value().scope.permissionIds, app.scope.permissionIds);
    }
    const Result<AppRecord> unknown = registry.repository()->findAppByIdOrName(u"Front"_s);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QVERIFY2(unknown.error().message.contains(u"“Front”"_s), qPrintable(unknown.error().message));
}

void StorageTest::listsTheKeysOfLiveApps()
{
    TemporaryRegistry registry(std::make_shared<FixedClock>(Monday));
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    AppRepository& repository = *registry.repository();
    KeyRepository& keyRepository = *registry.keys();
    const AppRecord kept = SampleApps::record(u"Kept"_s, Monday);
    const AppRecord deleted = SampleApps::record(u"Deleted"_s, Monday);
    QVERIFY(repository.insertApp(kept).ok());
    QVERIFY(repository.insertApp(deleted).ok());
    const KeyRecord older = SampleApps::key(kept.applicationId, Monday.addDays(-10));
    const KeyRecord newer = SampleApps::key(kept.applicationId, Monday.addDays(-1));
    for (const KeyRecord& key : {older, newer, SampleApps::key(deleted.applicationId, Monday)})
        QVERIFY(keyRepository.insertKey(key).ok());
    QVERIFY(repository.markDeleted(deleted.applicationId).ok());

    const Result<QList<KeyRecord>> keys = keyRepository.listKeys();
    QVERIFY(keys.ok());
    QStringList keyIds;
    for (const KeyRecord& key : keys.value())
        keyIds.append(key.keyId);
    QCOMPARE(keyIds, (QStringList{newer.keyId, older.keyId}));
    QCOMPARE(keyRepository.keysForApp(kept.applicationId).value().constFirst().keyId, newer.keyId);

    const Result<KeyRecord> found = keyRepository.findKey(kept.applicationId, older.keyId);
    QVERIFY(found.ok());
    QCOMPARE(found.value().keyHint, older.keyHint);
    QCOMPARE(keyRepository.findKey(deleted.applicationId, older.keyId).error().code, ErrorCode::NotFound);
}

void StorageTest::aVersion1RegistryGainsAnEmptyAuditTrail()
{
    TemporaryRegistry registry;
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    QVERIFY(registry.repository()->insertApp(SampleApps::record(u"From version 1"_s, Monday)).ok());
    QVERIFY(turnBackToVersion1(*registry.database(), registry.place()));
    registry.close();

    const Result<std::shared_ptr<Database>> reopened = openToUpgrade(registry.place());
    QVERIFY2(reopened.ok(), qPrintable(errorText(reopened)));
    const Database& database = *reopened.value();
    QCOMPARE(SchemaMigrator::currentVersion(database.connection()).value(), SchemaMigrator::latestVersion());
    QCOMPARE(rowCount(database, u"apps"_s), 1);
    QCOMPARE(rowCount(database, u"audit_log"_s), 0);
    QCOMPARE(namesSearchReads(reopened.value(), u"version 1"_s), QStringList{u"From version 1"_s});
    const QStringList indexes = RawSql::indexNames(database, u"audit_log"_s);
    for (const QString& index : {u"audit_log_action"_s, u"audit_log_application_id"_s, u"audit_log_timestamp"_s})
        QVERIFY2(indexes.contains(index), qPrintable(indexes.join(u", "_s)));
}

void StorageTest::readOnlyAsksForAnUpgradeInsteadOfMigrating()
{
    TemporaryRegistry registry;
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    QVERIFY(turnBackToVersion1(*registry.database(), registry.place()));
    registry.close();
    const QByteArray before = registry.place().fingerprint();

    const Result<std::shared_ptr<Database>> opened = registry.place().open(Database::AccessMode::ReadOnly);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().message, u"This registry needs an upgrade: open it once without --read-only."_s);
    QCOMPARE(registry.place().fingerprint(), before);
}

void StorageTest::readOnlyRefusesEveryWriteAndLeavesTheFileAsItWas()
{
    TemporaryRegistry registry(std::make_shared<FixedClock>(Monday));
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    const AppRecord app = SampleApps::record(u"Audited"_s, Monday);
    const KeyRecord key = SampleApps::key(app.applicationId, Monday);
    QVERIFY(registry.repository()->insertApp(app).ok());
    QVERIFY(registry.keys()->insertKey(key).ok());
    QVERIFY(registry.database()->acceptsChanges());
    registry.close();
    const QByteArray before = registry.place().fingerprint();

    {
        const Result<std::shared_ptr<AppRepository>> opened = registry.openAnother(Database::AccessMode::ReadOnly);
        QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
        AppRepository& readOnly = *opened.value();
        KeyRepository readOnlyKeys(readOnly.database());
        QVERIFY(readOnly.database()->isReadOnly());
        QVERIFY(!readOnly.database()->acceptsChanges());

        const std::vector<RepositoryWrites::NamedWrite> writes =
            RepositoryWrites::every(readOnly, readOnlyKeys, app, key, Monday);
        for (const auto& [name, write] : writes) {
            const Status refused = write();
            QVERIFY2(!refused.ok(), name);
            QCOMPARE(refused.error().code, ErrorCode::ReadOnly);
            QVERIFY2(refused.error().message.startsWith(u"The registry is open read-only: "_s),
                     qPrintable(refused.error().message));
            QVERIFY2(refused.error().message.endsWith(u" is not allowed."_s), qPrintable(refused.error().message));
        }
        QCOMPARE(readOnly.updateDetails(app.applicationId, 1, app.details).error().message,
                 u"The registry is open read-only: editing an app's details is not allowed."_s);

        // Reading is what read-only is for.
        const Result<QList<AppRecord>> apps = readOnly.listApps();
        QVERIFY(apps.ok());
        QCOMPARE(apps.value().size(), 1);
        QCOMPARE(apps.value().constFirst().details.name, app.details.name);
        QCOMPARE(readOnlyKeys.keysForApp(app.applicationId).value().size(), 1);
        // And the connection itself refuses, should a write ever get past the repository.
        QSqlQuery sneaky(readOnly.database()->connection());
        QVERIFY(!sneaky.exec(u"DELETE FROM apps"_s));
    }
    QCOMPARE(registry.place().fingerprint(), before);

    const Result<std::shared_ptr<Database>> reopened = registry.place().open();
    QVERIFY(reopened.ok());
    QCOMPARE(rowCount(*reopened.value(), u"apps"_s), 1);
    QCOMPARE(rowCount(*reopened.value(), u"api_keys"_s), 1);
    QCOMPARE(rowCount(*reopened.value(), u"audit_log"_s), 2);
    QCOMPARE(scalar(*reopened.value(), u"SELECT row_version FROM apps"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(StorageTest)
void StorageTest::aReaderOnAnotherThreadReadsTheRegistryAndWritesNothing()
{
    TemporaryRegistry registry(std::make_shared<FixedClock>(Monday));
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    QVERIFY(registry.repository()->insertApp(SampleApps::record(u"Shared"_s, Monday)).ok());

    QString opened;
    qint64 apps = -1;
    bool refusedAWrite = false;
    bool readOnly = false;
    QString registryId;
    // Opened, used and closed on that thread, as a Qt SQL connection must be.
    std::thread([&] {
        const Result<std::shared_ptr<Database>> reader = registry.database()->openReader();
        if (!reader) {
            opened = reader.error().message;
            return;
        }
        opened = u"opened"_s;
        apps = rowCount(*reader.value(), u"apps"_s);
        refusedAWrite = !QSqlQuery(reader.value()->connection()).exec(u"DELETE FROM apps"_s);
        registryId = reader.value()->registryId();
        readOnly = reader.value()->isReadOnly();
    }).join();
    QCOMPARE(opened, u"opened"_s);
    QCOMPARE(apps, 1);
    QVERIFY(refusedAWrite);
    QVERIFY(readOnly);
    QCOMPARE(registryId, registry.database()->registryId());
    QCOMPARE(rowCount(*registry.database(), u"apps"_s), 1);
}

/// What lets `audit verify` compare the tables on a second connection (ConcurrentTableComparison): a marker read
/// before the other connection begins its snapshot, and again as this connection begins its own, is the same only
/// when no one committed in between.
void StorageTest::equalCommitMarkersMeanNothingWasCommittedBetween()
{
    TemporaryRegistry registry(std::make_shared<FixedClock>(Monday));
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    QVERIFY(registry.repository()->insertApp(SampleApps::record(u"First"_s, Monday)).ok());
    const Result<std::shared_ptr<AppRepository>> other = registry.openAnother();
    QVERIFY2(other.ok(), qPrintable(errorText(other)));
    const QSqlDatabase db = registry.database()->connection();

    {
        const Result<QString> before = ReadSnapshot::commitMarker(db);
        QVERIFY2(before.ok(), qPrintable(errorText(before)));
        ReadSnapshot otherSnapshot(other.value()->database()->connection());
        QVERIFY(otherSnapshot.begin().ok());
        ReadSnapshot snapshot(db);
        const Result<QString> marker = snapshot.begin();
        QVERIFY2(marker.ok(), qPrintable(errorText(marker)));
        QCOMPARE(marker.value(), before.value());
    }
    {
        const Result<QString> before = ReadSnapshot::commitMarker(db);
        QVERIFY(other.value()->insertApp(SampleApps::record(u"Second"_s, Monday)).ok());
        ReadSnapshot snapshot(db);
        const Result<QString> marker = snapshot.begin();
        QVERIFY2(marker.ok(), qPrintable(errorText(marker)));
        QVERIFY(marker.value() != before.value());

        // The snapshot was taken as it began: what is committed after it is not seen.
        QVERIFY(other.value()->insertApp(SampleApps::record(u"Third"_s, Monday)).ok());
        QCOMPARE(rowCount(*registry.database(), u"apps"_s), 2);
    }
    QCOMPARE(rowCount(*registry.database(), u"apps"_s), 3);
}

#include "tst_storage.moc"
