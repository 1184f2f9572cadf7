#include "TestRegistryLocation.h"

#include "RawSql.h"
#include "TestEngine.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

// Every row of every table, in an order that does not depend on how the rows were stored.
QByteArray postgresContent(const QSqlDatabase& db)
{
    QCryptographicHash hasher(QCryptographicHash::Sha256);
    QSqlQuery tables(db);
    tables.exec(u"SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"_s);
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery rows(db);
        rows.exec(u"SELECT string_agg(row_text, E'\\n' ORDER BY row_text) FROM (SELECT t::text AS row_text FROM "
                  "public.\"%1\" t) AS all_rows"_s.arg(table));
        hasher.addData(table.toUtf8());
        if (rows.next())
            hasher.addData(rows.value(0).toString().toUtf8());
    }
    return hasher.result().toHex();
}

} // namespace

TestRegistryLocation::TestRegistryLocation(Contents contents, const QString& sqliteFolder)
    : m_engine(sqliteFolder.isEmpty() ? TestEngine::current() : SqlDialect::Engine::Sqlite)
{
    if (m_engine == SqlDialect::Engine::Sqlite) {
        m_folder = sqliteFolder.isEmpty() ? std::make_unique<QTemporaryDir>()
                                          : std::make_unique<QTemporaryDir>(sqliteFolder + u"/registry-XXXXXX"_s);
        if (!m_folder->isValid())
            m_errorText = m_folder->errorString();
        return;
    }
    if (const QString unavailable = PostgresTestServer::unavailableReason(); !unavailable.isEmpty()) {
        m_errorText = unavailable;
        return;
    }
    m_server = std::make_unique<PostgresTestServer>(PostgresTestServer::fromEnvironment());
    const Result<QString> created = m_server->createDatabase();
    if (!created) {
        m_errorText = created.error().text();
        return;
    }
    m_database = created.value();
    if (contents == Contents::Empty)
        return;
    if (const Result<std::shared_ptr<Database>> schema = openAsOwner(); !schema)
        m_errorText = schema.error().text();
}

TestRegistryLocation::~TestRegistryLocation()
{
    if (m_server && !m_database.isEmpty())
        m_server->dropDatabase(m_database);
}

QString TestRegistryLocation::location() const
{
    if (m_engine == SqlDialect::Engine::Sqlite)
        return filePath();
    return m_server ? m_server->url(PostgresTestServer::Role::Admin, m_database) : QString();
}

QString TestRegistryLocation::filePath() const
{
    return m_folder ? m_folder->filePath(u"appkeys.sqlite"_s) : QString();
}

QString TestRegistryLocation::supportUrl() const
{
    return m_server ? m_server->url(PostgresTestServer::Role::Support, m_database) : QString();
}

QString TestRegistryLocation::verifierUrl() const
{
    return m_server ? m_server->url(PostgresTestServer::Role::Verifier, m_database) : QString();
}

QString TestRegistryLocation::verifierPassword() const
{
    return m_server ? m_server->password(PostgresTestServer::Role::Verifier) : QString();
}

Result<std::shared_ptr<Database>> TestRegistryLocation::openAsVerifier(Database::AccessMode mode) const
{
    if (!m_server)
        return Error{u"Only a PostgreSQL registry has a verifier role."_s, {}};
    return Database::openPostgres(verifierUrl(), verifierPassword(), mode, Database::IfMissing::Refuse);
}

Result<std::shared_ptr<Database>> TestRegistryLocation::open(Database::AccessMode mode) const
{
    if (m_engine == SqlDialect::Engine::Sqlite)
        return Database::openSqlite(filePath(), mode);
    return Database::openPostgres(location(), m_server->password(PostgresTestServer::Role::Admin), mode);
}

Result<std::shared_ptr<Database>> TestRegistryLocation::openAsSupport(Database::AccessMode mode) const
{
    if (!m_server)
        return Error{u"Only a PostgreSQL registry has a support role."_s, {}};
    return Database::openPostgres(supportUrl(), m_server->password(PostgresTestServer::Role::Support), mode);
}

Result<std::shared_ptr<Database>> TestRegistryLocation::openAsOwner(Database::AccessMode mode) const
{
    if (!m_server)
        return Error{u"Only a PostgreSQL registry has an owner role."_s, {}};
    return Database::openPostgres(url(PostgresTestServer::Role::Owner),
                                  m_server->password(PostgresTestServer::Role::Owner), mode);
}

QString TestRegistryLocation::url(PostgresTestServer::Role role) const
{
    return m_server ? m_server->url(role, m_database) : QString();
}

bool TestRegistryLocation::executeOutsideAppKeys(const QString& sql) const
{
    return runOutsideAppKeys(sql).first;
}

QVariant TestRegistryLocation::queryOutsideAppKeys(const QString& sql) const
{
    return runOutsideAppKeys(sql).second;
}

std::pair<bool, QVariant> TestRegistryLocation::runOutsideAppKeys(const QString& sql) const
{
    if (m_engine == SqlDialect::Engine::Sqlite)
        return RawSql::runOutsideAppKeys(filePath(), sql);
    const QString connectionName = u"outside-appkeys-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::pair<bool, QVariant> outcome{false, {}};
    {
        QSqlDatabase db = m_server->connect(PostgresTestServer::Role::Owner, m_database, connectionName);
        const bool hasTrail = db.tables().contains(u"audit_log"_s);
        // A superuser could do the same with session_replication_role; the owner may switch its own triggers off.
        if (hasTrail)
            QSqlQuery(db).exec(u"ALTER TABLE audit_log DISABLE TRIGGER USER"_s);
        QSqlQuery query(db);
        outcome.first = db.isOpen() && query.exec(sql);
        if (outcome.first && query.next())
            outcome.second = query.value(0);
        if (hasTrail)
            QSqlQuery(db).exec(u"ALTER TABLE audit_log ENABLE TRIGGER USER"_s);
    }
    QSqlDatabase::removeDatabase(connectionName);
    return outcome;
}

QByteArray TestRegistryLocation::fingerprint() const
{
    if (m_engine == SqlDialect::Engine::Sqlite)
        return RawSql::fileFingerprint(filePath());
    const QString connectionName = u"fingerprint-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QByteArray content;
    {
        const QSqlDatabase db = m_server->connect(PostgresTestServer::Role::Admin, m_database, connectionName);
        content = postgresContent(db);
    }
    QSqlDatabase::removeDatabase(connectionName);
    return content;
}

} // namespace AppKeys
