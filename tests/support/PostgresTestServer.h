#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

namespace AppKeys {

/// The private PostgreSQL server that scripts/with-postgres starts, as its environment describes it: the four roles
/// of scripts/postgres-roles.sql: an owner of the registry database and its schema (who may clone it), an admin who
/// may change the registry but only append to its audit trail, a support role with SELECT only, and the verification
/// service's role (SELECT, and writes to key_usage only).
class PostgresTestServer
{
public:
    enum class Role
    {
        Owner,
        Admin,
        Support,
        Verifier
    };

    /// Empty when APPKEYS_TEST_POSTGRES_URL and its passwords are set; otherwise how to start the server.
    static QString unavailableReason();
    /// The server of the environment; call only when unavailableReason() is empty.
    static PostgresTestServer fromEnvironment();

    /// postgresql://role@127.0.0.1:port/database
    QString url(Role role, const QString& database) const;
    QString password(Role role) const;
    /// The database scripts/postgres-roles.sql prepared, with the roles' grants: the template of every test database.
    QString templateDatabase() const { return m_templateDatabase; }
    QString roleName(Role role) const;

    /// A new, empty database cloned from templateDatabase(), owned by the owner: its name.
    Result<QString> createDatabase() const;
    /// A new, empty database that stores text in `encoding` (LATIN1, SQL_ASCII), made from template0 with the C
    /// locale, which suits any encoding: without the roles' grants, for the owner only.
    Result<QString> createDatabase(const QString& encoding) const;
    /// Drops it, ending the connections the test did not close.
    void dropDatabase(const QString& database) const;
    /// A QPSQL connection of its own (remove it with QSqlDatabase::removeDatabase), outside AppKeys.
    QSqlDatabase connect(Role role, const QString& database, const QString& connectionName) const;

private:
    /// CREATE DATABASE with a new name and `options` (its template, encoding and locale).
    Result<QString> createDatabaseAs(const QString& options) const;

    QString m_host;
    int m_port = 0;
    QString m_templateDatabase;
    QString m_ownerRole;
    QString m_ownerPassword;
    QString m_adminRole;
    QString m_adminPassword;
    QString m_supportRole;
    QString m_supportPassword;
    QString m_verifierRole;
    QString m_verifierPassword;
};

} // namespace AppKeys
