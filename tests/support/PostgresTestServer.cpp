#include "PostgresTestServer.h"

#include "PostgresLocation.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

const char* const OwnerUrlVariable = "APPKEYS_TEST_POSTGRES_OWNER_URL";
const char* const OwnerPasswordVariable = "APPKEYS_TEST_POSTGRES_OWNER_PASSWORD";
const char* const AdminUrlVariable = "APPKEYS_TEST_POSTGRES_URL";
const char* const AdminPasswordVariable = "APPKEYS_TEST_POSTGRES_ADMIN_PASSWORD";
const char* const ReaderUrlVariable = "APPKEYS_TEST_POSTGRES_READER_URL";
const char* const ReaderPasswordVariable = "APPKEYS_TEST_POSTGRES_READER_PASSWORD";
const char* const VerifierUrlVariable = "APPKEYS_TEST_POSTGRES_VERIFIER_URL";
const char* const VerifierPasswordVariable = "APPKEYS_TEST_POSTGRES_VERIFIER_PASSWORD";

// Databases are created and dropped from the server's maintenance database, never from the template, which must
// have no connections while it is cloned.
const QString MaintenanceDatabase = u"postgres"_s;
const QString MaintenanceConnection = u"appkeys-test-postgres-maintenance"_s;

QString quotedIdentifier(const QString& name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

} // namespace

QString PostgresTestServer::unavailableReason()
{
    for (const char* variable :
         {OwnerUrlVariable, OwnerPasswordVariable, AdminUrlVariable, AdminPasswordVariable, ReaderUrlVariable,
          ReaderPasswordVariable, VerifierUrlVariable, VerifierPasswordVariable}) {
        if (qEnvironmentVariableIsEmpty(variable))
            return u"No PostgreSQL test server (%1 is not set): start it with scripts/with-postgres ctest …"_s.arg(
                QLatin1String(variable));
    }
    for (const char* variable : {OwnerUrlVariable, AdminUrlVariable, ReaderUrlVariable, VerifierUrlVariable}) {
        if (const Result<PostgresLocation> parsed = PostgresLocation::parse(qEnvironmentVariable(variable)); !parsed)
            return u"%1 is not a PostgreSQL URL: %2"_s.arg(QLatin1String(variable), parsed.error().message);
    }
    return {};
}

PostgresTestServer PostgresTestServer::fromEnvironment()
{
    const PostgresLocation admin = PostgresLocation::parse(qEnvironmentVariable(AdminUrlVariable)).value();
    const PostgresLocation support = PostgresLocation::parse(qEnvironmentVariable(ReaderUrlVariable)).value();
    const PostgresLocation owner = PostgresLocation::parse(qEnvironmentVariable(OwnerUrlVariable)).value();
    PostgresTestServer server;
    server.m_ownerRole = owner.role();
    server.m_ownerPassword = qEnvironmentVariable(OwnerPasswordVariable);
    server.m_host = admin.host();
    server.m_port = admin.port();
    server.m_templateDatabase = admin.database();
    server.m_adminRole = admin.role();
    server.m_adminPassword = qEnvironmentVariable(AdminPasswordVariable);
    server.m_supportRole = support.role();
    server.m_supportPassword = qEnvironmentVariable(ReaderPasswordVariable);
    server.m_verifierRole = PostgresLocation::parse(qEnvironmentVariable(VerifierUrlVariable)).value().role();
    server.m_verifierPassword = qEnvironmentVariable(VerifierPasswordVariable);
    return server;
}

QString PostgresTestServer::url(Role role, const QString& database) const
{
    return u"postgresql://%1@%2:%3/%4"_s.arg(roleName(role), m_host).arg(m_port).arg(database);
}

QString PostgresTestServer::password(Role role) const
{
    switch (role) {
    case Role::Owner:
        return m_ownerPassword;
    case Role::Admin:
        return m_adminPassword;
    case Role::Support:
        return m_supportPassword;
    case Role::Verifier:
        return m_verifierPassword;
    }
    Q_UNREACHABLE();
    return {};
}

QString PostgresTestServer::roleName(Role role) const
{
    switch (role) {
    case Role::Owner:
        return m_ownerRole;
    case Role::Admin:
        return m_adminRole;
    case Role::Support:
        return m_supportRole;
    case Role::Verifier:
        return m_verifierRole;
    }
    Q_UNREACHABLE();
    return {};
}

QSqlDatabase PostgresTestServer::connect(Role role, const QString& database, const QString& connectionName) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setDatabaseName(database);
    db.setUserName(roleName(role));
    db.setPassword(password(role));
    db.setConnectOptions(u"connect_timeout=5"_s);
    db.open();
    return db;
}

Result<QString> PostgresTestServer::createDatabase() const
{
    return createDatabaseAs(u"TEMPLATE %1"_s.arg(quotedIdentifier(m_templateDatabase)));
}

Result<QString> PostgresTestServer::createDatabase(const QString& encoding) const
{
    return createDatabaseAs(u"TEMPLATE template0 ENCODING '%1' LC_COLLATE 'C' LC_CTYPE 'C'"_s.arg(encoding));
}

Result<QString> PostgresTestServer::createDatabaseAs(const QString& options) const
{
    QSqlDatabase maintenance = QSqlDatabase::database(MaintenanceConnection);
    if (!maintenance.isValid())
        maintenance = connect(Role::Owner, MaintenanceDatabase, MaintenanceConnection);
    if (!maintenance.isOpen())
        return Error{u"Could not connect to the PostgreSQL test server."_s, maintenance.lastError().text()};
    const QString name = u"appkeys_test_"_s + QUuid::createUuid().toString(QUuid::Id128);
    QSqlQuery query(maintenance);
    if (!query.exec(u"CREATE DATABASE %1 %2"_s.arg(quotedIdentifier(name), options)))
        return Error{u"Could not create a test database."_s, query.lastError().text()};
    return name;
}

void PostgresTestServer::dropDatabase(const QString& database) const
{
    // FORCE ends the owner's sessions that a test still holds, but may not end the other roles': for those, the
    // server waits (up to 5 s) for the sessions the test closed to finish exiting.
    QSqlQuery query(QSqlDatabase::database(MaintenanceConnection));
    const QString drop = u"DROP DATABASE IF EXISTS %1"_s.arg(quotedIdentifier(database));
    if (!query.exec(drop + u" WITH (FORCE)"_s) && !query.exec(drop))
        qWarning("Could not drop the test database %s: %s", qPrintable(database), qPrintable(query.lastError().text()));
}

} // namespace AppKeys
