#include "AppRepository.h"
#include "AppenderProcesses.h"
#include "AuditLog.h"
#include "ConnectionErrorCode.h"
#include "Database.h"
#include "ErrorCode.h"
#include "ErrorText.h"
#include "FixedClock.h"
#include "KeyRepository.h"
#include "RawSql.h"
#include "RepositoryWrites.h"
#include "SampleApps.h"
#include "SchemaMigrator.h"
#include "TemporaryRegistry.h"
#include "TestEngine.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

const QDateTime Monday = QDateTime(QDate(2025, 3, 3), QTime(9, 30, 15, 123), Qt::UTC);

/// A port on 127.0.0.1 where nothing listens: the kernel just handed it out and it was closed again.
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

/// Makes the registry look as if it had been created by the first release: schema version 1 only.
bool turnBackToVersion1(const TestRegistryLocation& place)
{
    return place.executeOutsideAppKeys(u"DROP TABLE key_usage"_s) &&
           place.executeOutsideAppKeys(u"DROP TABLE alert_deliveries"_s) &&
           place.executeOutsideAppKeys(u"DROP TABLE audit_log"_s) &&
           place.executeOutsideAppKeys(u"DELETE FROM schema_migrations WHERE version > 1"_s);
}

QString publicTables(const TestRegistryLocation& place)
{
    return place
        .queryOutsideAppKeys(u"SELECT COALESCE(string_agg(tablename, ',' ORDER BY tablename), '') FROM pg_tables"
                             " WHERE schemaname = 'public'"_s)
        .toString();
}

} // namespace

/// What only a team registry on PostgreSQL has: database roles (a support role the server keeps read-only), the
/// role as actor, two admins at once, and connection failures. The engine-neutral storage suite (tst_storage,
/// tst_storage_lifecycle, tst_audit_log) runs on PostgreSQL as well.
class PostgresStorageTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theActorIsTheDatabaseRole();
    void aSupportRoleOpensACurrentRegistryWithoutWriting();
    void aReadOnlyOpenIsReadOnlyOnTheServerToo();
    void theServerRefusesEveryWriteOfTheSupportRole();
    void theServerKeepsTheTrailAppendOnlyForAnAdmin();
    void aRoleThatMayNotAppendAcceptsNoChanges();
    void theSupportRoleReadsNoCredentialHashes();
    void twoAdminsCreatingAppsAtOnceKeepOneChain();
    void aSupportRoleCannotUpgradeAnOutdatedSchema();
    void aSupportRoleCannotCreateTheSchema();
    void anEmptyDatabaseOpenedReadOnlyIsRefused();
    void aDatabaseThatDoesNotStoreUtf8IsRefusedBeforeAnyTableIsMade_data();
    void aDatabaseThatDoesNotStoreUtf8IsRefusedBeforeAnyTableIsMade();
    void twoAdminsEditingTheSameAppConflict();
    void connectionFailuresAreClearAndBounded_data();
    void connectionFailuresAreClearAndBounded();

private:
    /// Opens and times it, for the record.
    Result<std::shared_ptr<Database>> timedOpen(const char* what,
                                                const std::function<Result<std::shared_ptr<Database>>()>& open);

    std::unique_ptr<PostgresTestServer> m_server;
    /// Accepts connections (the kernel does, even while this thread waits) and never says a word.
    QTcpServer m_silentServer;
    std::unique_ptr<TemporaryRegistry> m_registry;
    AppRecord m_app;
    KeyRecord m_key;
};

void PostgresStorageTest::initTestCase()
{
    if (const QString unavailable = PostgresTestServer::unavailableReason(); !unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    // The registries of this test are PostgreSQL ones, however it is started.
    qputenv("APPKEYS_TEST_ENGINE", "postgresql");
    QCOMPARE(TestEngine::current(), SqlDialect::Engine::Postgres);
    m_server = std::make_unique<PostgresTestServer>(PostgresTestServer::fromEnvironment());
    QVERIFY(m_silentServer.listen(QHostAddress::LocalHost, 0));
}

void PostgresStorageTest::init()
{
    m_registry = std::make_unique<TemporaryRegistry>(std::make_shared<FixedClock>(Monday));
    QVERIFY2(m_registry->isOpen(), qPrintable(m_registry->errorText()));
    m_app = SampleApps::record(u"Front desk"_s, Monday);
    m_key = SampleApps::key(m_app.applicationId, Monday);
    QVERIFY(m_registry->repository()->insertApp(m_app).ok());
    QVERIFY(m_registry->keys()->insertKey(m_key).ok());
}

void PostgresStorageTest::cleanup()
{
    m_registry.reset();
}

Result<std::shared_ptr<Database>>
PostgresStorageTest::timedOpen(const char* what, const std::function<Result<std::shared_ptr<Database>>()>& open)
{
    QElapsedTimer timer;
    timer.start();
    Result<std::shared_ptr<Database>> opened = open();
    qInfo("%s: %s after %lld ms", what, opened.ok() ? "opened" : "refused", timer.elapsed());
    return opened;
}

void PostgresStorageTest::theActorIsTheDatabaseRole()
{
    const QString admin = m_server->roleName(PostgresTestServer::Role::Admin);
    QCOMPARE(m_registry->database()->actor(), admin);
    const Result<QList<AuditEntry>> entries = AuditLog(m_registry->database()).entries();
    QVERIFY(entries.ok());
    QCOMPARE(entries.value().size(), 2);
    for (const AuditEntry& entry : entries.value())
        QCOMPARE(entry.actor, admin);
    QCOMPARE(m_registry->repository()->findApp(m_app.applicationId).value().createdBy, m_app.createdBy);

    const Result<std::shared_ptr<Database>> support = m_registry->place().openAsSupport();
    QVERIFY2(support.ok(), qPrintable(errorText(support)));
    QCOMPARE(support.value()->actor(), m_server->roleName(PostgresTestServer::Role::Support));
}

void PostgresStorageTest::aSupportRoleOpensACurrentRegistryWithoutWriting()
{
    const QByteArray before = m_registry->place().fingerprint();

    // Without --read-only: the schema is current, so nothing is migrated, and nothing is written.
    const Result<std::shared_ptr<Database>> opened = m_registry->place().openAsSupport();
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    QVERIFY(!opened.value()->isReadOnly());
    // Not opened read-only, yet the window is told that this role's changes would be refused.
    QVERIFY(!opened.value()->acceptsChanges());
    QVERIFY(m_registry->database()->acceptsChanges());
    QCOMPARE(opened.value()->registryId(), m_registry->database()->registryId());
    QCOMPARE(opened.value()->location(), m_registry->place().supportUrl());
    AppRepository support(opened.value());
    QCOMPARE(support.listApps().value().size(), 1);
    QCOMPARE(KeyRepository(opened.value()).keysForApp(m_app.applicationId).value().size(), 1);
    QCOMPARE(AuditLog(opened.value()).entries().value().size(), 2);
    QCOMPARE(m_registry->place().fingerprint(), before);
}

/// The session's settings, made in one statement: the server itself refuses a read-only session's writes, whatever
/// the repository checks, and waits at most 5 s for a lock.
void PostgresStorageTest::aReadOnlyOpenIsReadOnlyOnTheServerToo()
{
    const Result<std::shared_ptr<Database>> opened = m_registry->place().open(Database::AccessMode::ReadOnly);
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    QCOMPARE(opened.value()->actor(), m_server->roleName(PostgresTestServer::Role::Admin));
    QVERIFY(opened.value()->mayReadCredentialHashes());
    QSqlQuery query(opened.value()->connection());
    QVERIFY(query.exec(u"SELECT current_setting('lock_timeout'), current_setting('client_min_messages')"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"5s"_s);
    QCOMPARE(query.value(1).toString(), u"warning"_s);
    QVERIFY(!query.exec(u"UPDATE apps SET description = 'changed'"_s));
    QCOMPARE(query.lastError().nativeErrorCode(), u"25006"_s); // read_only_sql_transaction
    QCOMPARE(m_registry->repository()->findApp(m_app.applicationId).value().details.description,
             m_app.details.description);
}

void PostgresStorageTest::theServerRefusesEveryWriteOfTheSupportRole()
{
    const QByteArray before = m_registry->place().fingerprint();
    const Result<std::shared_ptr<Database>> opened = m_registry->place().openAsSupport();
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    AppRepository support(opened.value(), std::make_shared<FixedClock>(Monday));
    KeyRepository supportKeys(opened.value(), std::make_shared<FixedClock>(Monday));

    for (const auto& [name, write] : RepositoryWrites::every(support, supportKeys, m_app, m_key, Monday)) {
        const Status refused = write();
        QVERIFY2(!refused.ok(), name);
        QVERIFY2(refused.error().code == ErrorCode::ReadOnly,
                 qPrintable(QString::fromLatin1(name) + u": "_s + errorText(refused)));
        QCOMPARE(refused.error().message, u"Read-only access: the database refused to change the registry."_s);
        QVERIFY2(refused.error().hint.contains(u"Ask an admin"_s), qPrintable(refused.error().hint));
    }
    // The connection still works after the refusals, and nothing changed.
    QCOMPARE(support.findApp(m_app.applicationId).value().details.name, m_app.details.name);
    QCOMPARE(m_registry->place().fingerprint(), before);
    const Result<std::optional<AuditChainVerifier::Break>> verified = AuditLog(opened.value()).verify();
    QVERIFY2(verified.ok(), qPrintable(errorText(verified)));
    QVERIFY(!verified.value().has_value());
    QCOMPARE(RawSql::rowCount(*opened.value(), u"audit_log"_s), 2);
}

void PostgresStorageTest::theServerKeepsTheTrailAppendOnlyForAnAdmin()
{
    const Database& admin = *m_registry->database();
    for (const QString& change :
         {u"UPDATE audit_log SET actor = 'mallory'"_s, u"DELETE FROM audit_log"_s, u"TRUNCATE audit_log"_s}) {
        QSqlQuery query(admin.connection());
        QVERIFY2(!query.exec(change), qPrintable(change));
        QCOMPARE(query.lastError().nativeErrorCode(), u"42501"_s);
        QVERIFY2(query.lastError().databaseText().contains(u"permission denied for table audit_log"_s),
                 qPrintable(query.lastError().databaseText()));
    }
    // Even a role that was given UPDATE and DELETE is stopped by the trigger.
    const QString adminRole = m_server->roleName(PostgresTestServer::Role::Admin);
    QVERIFY(m_registry->place().executeOutsideAppKeys(u"GRANT UPDATE, DELETE ON audit_log TO "_s + adminRole));
    for (const auto& [change, operation] : {std::pair{u"UPDATE audit_log SET actor = 'mallory'"_s, u"UPDATE"_s},
                                            std::pair{u"DELETE FROM audit_log"_s, u"DELETE"_s}}) {
        QSqlQuery query(admin.connection());
        QVERIFY2(!query.exec(change), qPrintable(change));
        QCOMPARE(query.lastError().nativeErrorCode(), u"42501"_s);
        QVERIFY2(query.lastError().databaseText().contains(
                     u"The audit trail is append-only: %1 on audit_log is refused."_s.arg(operation)),
                 qPrintable(query.lastError().databaseText()));
    }
    QCOMPARE(RawSql::rowCount(admin, u"audit_log"_s), 2);
    // Appending still works: the write lock needs no privilege on the table.
    QVERIFY(m_registry->repository()->setActive(m_app.applicationId, false).ok());
    QCOMPARE(RawSql::rowCount(admin, u"audit_log"_s), 3);
}

void PostgresStorageTest::aRoleThatMayNotAppendAcceptsNoChanges()
{
    QVERIFY(m_registry->place().executeOutsideAppKeys(u"REVOKE INSERT ON audit_log FROM "_s +
                                                      m_server->roleName(PostgresTestServer::Role::Admin)));
    const Result<std::shared_ptr<Database>> opened = m_registry->place().open();
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    QVERIFY(!opened.value()->acceptsChanges());
    const Status refused = AppRepository(opened.value()).setActive(m_app.applicationId, false);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::ReadOnly);
}

void PostgresStorageTest::theSupportRoleReadsNoCredentialHashes()
{
    const Result<std::shared_ptr<Database>> opened = m_registry->place().openAsSupport();
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    QVERIFY(!opened.value()->mayReadCredentialHashes());
    QVERIFY(m_registry->database()->mayReadCredentialHashes());
    for (const QString& column : {u"SELECT secret_sha256 FROM apps"_s, u"SELECT key_sha256 FROM api_keys"_s}) {
        QSqlQuery query(opened.value()->connection());
        QVERIFY2(!query.exec(column), qPrintable(column));
        QCOMPARE(query.lastError().nativeErrorCode(), u"42501"_s);
    }
    // The rest of the rows it reads as before, with empty hashes.
    const AppRecord app = AppRepository(opened.value()).findApp(m_app.applicationId).value();
    QCOMPARE(app.details.name, m_app.details.name);
    QCOMPARE(app.secretHint, m_app.secretHint);
    QCOMPARE(app.secretSha256, QString());
    const QList<KeyRecord> keys = KeyRepository(opened.value()).keysForApp(m_app.applicationId).value();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.constFirst().keyHint, m_key.keyHint);
    QCOMPARE(keys.constFirst().keySha256, QString());
}

void PostgresStorageTest::twoAdminsCreatingAppsAtOnceKeepOneChain()
{
    constexpr int AppsPerProcess = 40;
    const auto creating = [&](const QString& admin) {
        return QStringList{u"create"_s, m_registry->location(), admin, QString::number(AppsPerProcess)};
    };
    AppenderProcesses::runTogether({creating(u"Admin 0 app"_s), creating(u"Admin 1 app"_s)}, AppsPerProcess);
    if (QTest::currentTestFailed())
        return;

    const Result<QList<AuditEntry>> entries = AuditLog(m_registry->database()).entries();
    QVERIFY(entries.ok());
    QCOMPARE(entries.value().size(), 2 + 2 * AppsPerProcess);
    QCOMPARE(RawSql::scalar(*m_registry->database(), u"SELECT max(sequence) FROM audit_log"_s).toInt(),
             2 + 2 * AppsPerProcess);
    QCOMPARE(RawSql::scalar(*m_registry->database(), u"SELECT COUNT(DISTINCT previous_hash) FROM audit_log"_s).toInt(),
             2 + 2 * AppsPerProcess);
    QCOMPARE(m_registry->repository()->listApps().value().size(), 1 + 2 * AppsPerProcess);
    const Result<std::optional<AuditChainVerifier::Break>> verified = AuditLog(m_registry->database()).verify();
    QVERIFY2(verified.ok(), qPrintable(errorText(verified)));
    QVERIFY(!verified.value().has_value());
}

void PostgresStorageTest::aSupportRoleCannotUpgradeAnOutdatedSchema()
{
    m_registry->close();
    QVERIFY(turnBackToVersion1(m_registry->place()));
    const QByteArray before = m_registry->place().fingerprint();

    const Result<std::shared_ptr<Database>> opened =
        timedOpen("outdated schema, support role", [this] { return m_registry->place().openAsSupport(); });
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::ReadOnly);
    QCOMPARE(opened.error().message, u"This registry needs an upgrade from schema version 1 to %1, and your database "
                                     "role may not change the schema."_s.arg(SchemaMigrator::latestVersion()));
    QVERIFY2(opened.error().hint.startsWith(u"An admin must do it"_s), qPrintable(opened.error().hint));
    QCOMPARE(m_registry->place().fingerprint(), before);

    // Nor may an admin (schema version 4: the owner role owns the schema); the owner can, and the others then connect.
    const Result<std::shared_ptr<Database>> byAdmin = m_registry->place().open();
    QVERIFY(!byAdmin.ok());
    QCOMPARE(byAdmin.error().code, ErrorCode::ReadOnly);
    QCOMPARE(m_registry->place().fingerprint(), before);
    QVERIFY2(m_registry->place().openAsOwner().ok(), "the owner could not upgrade the schema");
    QVERIFY2(m_registry->place().open().ok(), "the admin cannot use the upgraded schema");
    QVERIFY2(m_registry->place().openAsSupport().ok(), "the support role cannot read the upgraded schema");
}

void PostgresStorageTest::aSupportRoleCannotCreateTheSchema()
{
    const TestRegistryLocation empty(TestRegistryLocation::Contents::Empty);
    QVERIFY2(empty.isValid(), qPrintable(empty.errorText()));

    const Result<std::shared_ptr<Database>> opened =
        timedOpen("empty database, support role", [&empty] { return empty.openAsSupport(); });
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::ReadOnly);
    QVERIFY2(opened.error().message.endsWith(u"holds no AppKeys registry yet, and your database role may not create "
                                             "one."_s),
             qPrintable(opened.error().message));
    QVERIFY2(opened.error().hint.startsWith(u"An admin must do it"_s), qPrintable(opened.error().hint));
    QCOMPARE(publicTables(empty), QString());
}

void PostgresStorageTest::anEmptyDatabaseOpenedReadOnlyIsRefused()
{
    const TestRegistryLocation empty(TestRegistryLocation::Contents::Empty);
    QVERIFY2(empty.isValid(), qPrintable(empty.errorText()));

    for (const auto& [what, open] :
         std::vector<std::pair<const char*, std::function<Result<std::shared_ptr<Database>>()>>>{
             {"empty database, admin, --read-only",
              [&empty] {
                  return empty.open(Database::AccessMode::ReadOnly);
              }},
             {"empty database, support role, --read-only", [&empty] {
                  return empty.openAsSupport(Database::AccessMode::ReadOnly);
              }}}) {
        const Result<std::shared_ptr<Database>> opened = timedOpen(what, open);
        QVERIFY2(!opened.ok(), what);
        QVERIFY2(opened.error().message.endsWith(u"holds no AppKeys registry yet."_s),
                 qPrintable(opened.error().message));
        QVERIFY2(opened.error().hint.contains(u"without --read-only"_s), qPrintable(opened.error().hint));
    }
    QCOMPARE(publicTables(empty), QString());
}

void PostgresStorageTest::aDatabaseThatDoesNotStoreUtf8IsRefusedBeforeAnyTableIsMade_data()
{
    QTest::addColumn<QString>("encoding");
    // LATIN1 refuses text in other scripts with a conversion error; SQL_ASCII keeps it as bytes that compare wrongly.
    QTest::newRow("LATIN1") << u"LATIN1"_s;
    QTest::newRow("SQL_ASCII") << u"SQL_ASCII"_s;
}

void PostgresStorageTest::aDatabaseThatDoesNotStoreUtf8IsRefusedBeforeAnyTableIsMade()
{
    QFETCH(QString, encoding);
    const Result<QString> database = m_server->createDatabase(encoding);
    QVERIFY2(database.ok(), qPrintable(errorText(database)));
    const auto drop = qScopeGuard([this, &database] { m_server->dropDatabase(database.value()); });

    const Result<std::shared_ptr<Database>> opened = timedOpen("a database that is not UTF-8, owner", [&] {
        return Database::open(m_server->url(PostgresTestServer::Role::Owner, database.value()),
                              Database::AccessMode::ReadWrite, m_server->password(PostgresTestServer::Role::Owner));
    });
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::TextEncodingUnsupported);
    QCOMPARE(opened.error().message, u"The database “%1” stores text as %2, and AppKeys needs UTF8: names, URLs and "
                                     "descriptions may be in any script."_s.arg(database.value(), encoding));
    QVERIFY2(opened.error().hint.startsWith(u"Create the registry in a UTF8 database"_s),
             qPrintable(opened.error().hint));

    const QString connection = u"tst-not-utf8"_s;
    {
        QSqlDatabase owner = m_server->connect(PostgresTestServer::Role::Owner, database.value(), connection);
        QSqlQuery tables(owner);
        QVERIFY2(tables.exec(u"SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"_s) && tables.next(),
                 qPrintable(tables.lastError().text()));
        QCOMPARE(tables.value(0).toInt(), 0);
        owner.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

void PostgresStorageTest::twoAdminsEditingTheSameAppConflict()
{
    const Result<std::shared_ptr<AppRepository>> otherAdmin = m_registry->openAnother();
    QVERIFY2(otherAdmin.ok(), qPrintable(errorText(otherAdmin)));
    AppRepository& mine = *m_registry->repository();
    const AppRecord seenByMe = mine.findApp(m_app.applicationId).value();
    const AppRecord seenByThem = otherAdmin.value()->findApp(m_app.applicationId).value();

    AppDetails rename = seenByThem.details;
    rename.name = u"Front desk (north)"_s;
    QVERIFY(otherAdmin.value()->updateDetails(m_app.applicationId, seenByThem.rowVersion, rename).ok());

    AppDetails describe = seenByMe.details;
    describe.description = u"Only mine."_s;
    const Status conflict = mine.updateDetails(m_app.applicationId, seenByMe.rowVersion, describe);
    QVERIFY(!conflict.ok());
    QCOMPARE(conflict.error().code, ErrorCode::Conflict);
    QVERIFY2(conflict.error().message.contains(u"name “Front desk (north)”"_s), qPrintable(conflict.error().message));

    const AppRecord stored = mine.findApp(m_app.applicationId).value();
    QCOMPARE(stored.rowVersion, 2);
    QCOMPARE(stored.details.name, rename.name);
    QCOMPARE(stored.details.description, m_app.details.description);
    const Result<QList<AuditEntry>> edits =
        AuditLog(m_registry->database()).entries(AuditFilter{AuditAction::DetailsEdited, {}, {}, {}, {}, {}, {}});
    QCOMPARE(edits.value().size(), 1);
}

void PostgresStorageTest::connectionFailuresAreClearAndBounded_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<QString>("expectedMessage");

    // Called before init(): the URLs name the template database, which the failed logins never get to connect to.
    const QString admin = m_server->roleName(PostgresTestServer::Role::Admin);
    const QString adminUrl = m_server->url(PostgresTestServer::Role::Admin, m_server->templateDatabase());
    const QString server = adminUrl.section(u'@', 1).section(u'/', 0, 0);
    QTest::newRow("wrong password") << adminUrl << u"not-the-password"_s << ConnectionErrorCode::PasswordRejected
                                    << u"The database server %1 refused the password of the role “%2”."_s.arg(server,
                                                                                                              admin);
    QTest::newRow("no password")
        << adminUrl << QString() << ConnectionErrorCode::PasswordRejected
        << u"The database server %1 wants a password for the role “%2”, and none is stored."_s.arg(server, admin);
    QTest::newRow("unknown host") << u"postgresql://%1@appkeys-no-such-host.invalid:5432/appkeys"_s.arg(admin)
                                  << m_server->password(PostgresTestServer::Role::Admin)
                                  << ConnectionErrorCode::ServerUnreachable
                                  << u"The database server “appkeys-no-such-host.invalid” is unknown."_s;
    const quint16 port = freePort();
    QTest::newRow("server down") << u"postgresql://%1@127.0.0.1:%2/appkeys"_s.arg(admin).arg(port)
                                 << m_server->password(PostgresTestServer::Role::Admin)
                                 << ConnectionErrorCode::ServerUnreachable
                                 << u"No database server answers at 127.0.0.1:%1."_s.arg(port);
    QTest::newRow("server that never answers")
        << u"postgresql://%1@127.0.0.1:%2/appkeys"_s.arg(admin).arg(m_silentServer.serverPort())
        << m_server->password(PostgresTestServer::Role::Admin) << ConnectionErrorCode::ServerUnreachable
        << u"The database server 127.0.0.1:%1 did not answer within 5 seconds."_s.arg(m_silentServer.serverPort());
    QTest::newRow("no such database") << m_server->url(PostgresTestServer::Role::Admin, u"appkeys_no_such_db"_s)
                                      << m_server->password(PostgresTestServer::Role::Admin) << 0
                                      << u"There is no database “appkeys_no_such_db” on the server %1."_s.arg(server);
}

void PostgresStorageTest::connectionFailuresAreClearAndBounded()
{
    QFETCH(QString, url);
    QFETCH(QString, password);
    QFETCH(int, expectedCode);
    QFETCH(QString, expectedMessage);

    const Result<std::shared_ptr<Database>> opened = timedOpen(
        QTest::currentDataTag(), [&] { return Database::open(url, Database::AccessMode::ReadWrite, password); });
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().message, expectedMessage);
    QCOMPARE(opened.error().code, expectedCode);
    QVERIFY(!opened.error().hint.isEmpty());
    QVERIFY(!opened.error().text().contains(m_server->password(PostgresTestServer::Role::Admin)));
}

QTEST_GUILESS_MAIN(PostgresStorageTest)
#include "tst_storage_postgres.moc"
