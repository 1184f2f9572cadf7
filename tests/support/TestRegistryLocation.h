#pragma once

#include "Database.h"
#include "PostgresTestServer.h"

#include <QTemporaryDir>
#include <QVariant>
#include <memory>

namespace AppKeys {

/// A place for a registry on the engine under test (TestEngine), removed with this object: a temporary folder for an
/// SQLite file, or a fresh PostgreSQL database cloned from the one scripts/with-postgres prepared, so that it has the
/// roles' grants. On PostgreSQL the owner role creates the schema there first, as a team sets a registry up
/// (docs/postgresql.md): the admin may not.
class TestRegistryLocation
{
public:
    enum class Contents
    {
        Schema, ///< on PostgreSQL, the current schema, created by the owner role; on SQLite, no file yet
        Empty   ///< no schema, no file
    };

    /// With `sqliteFolder`, an SQLite file in a temporary folder inside it, whatever the engine under test (a small
    /// file system, say).
    explicit TestRegistryLocation(Contents contents = Contents::Schema, const QString& sqliteFolder = {});
    ~TestRegistryLocation();
    TestRegistryLocation(const TestRegistryLocation&) = delete;
    TestRegistryLocation& operator=(const TestRegistryLocation&) = delete;

    bool isValid() const { return m_errorText.isEmpty(); }
    /// Why the place could not be made; empty when it was.
    QString errorText() const { return m_errorText; }
    SqlDialect::Engine engine() const { return m_engine; }

    /// What Database::open() takes: the SQLite file's path, or the admin's postgresql:// URL (without password).
    QString location() const;
    /// The SQLite file (appkeys.sqlite in the folder); empty on PostgreSQL.
    QString filePath() const;
    /// On PostgreSQL, the URL for the support role, which may only read.
    QString supportUrl() const;
    /// On PostgreSQL, the URL and password of the verification service's role (SELECT, and writes to key_usage).
    QString verifierUrl() const;
    QString verifierPassword() const;

    /// Opens it as AppKeys does: as the admin on PostgreSQL.
    Result<std::shared_ptr<Database>> open(Database::AccessMode mode = Database::AccessMode::ReadWrite) const;
    /// PostgreSQL only: opens it as the support role, whose writes the server refuses.
    Result<std::shared_ptr<Database>> openAsSupport(Database::AccessMode mode = Database::AccessMode::ReadWrite) const;
    /// PostgreSQL only: opens it as the owner of its schema, who creates and upgrades it.
    Result<std::shared_ptr<Database>> openAsOwner(Database::AccessMode mode = Database::AccessMode::ReadWrite) const;
    /// PostgreSQL only: a URL of this database for `role`.
    QString url(PostgresTestServer::Role role) const;
    /// PostgreSQL only: the test server.
    const PostgresTestServer& server() const { return *m_server; }
    /// PostgreSQL only: opens it as the verification service's role.
    Result<std::shared_ptr<Database>> openAsVerifier(Database::AccessMode mode = Database::AccessMode::ReadWrite) const;

    /// Runs a statement on a connection of its own, outside AppKeys, with the power of someone who controls the
    /// database (on PostgreSQL, the owner of the tables with the append-only trigger of audit_log turned off around
    /// it), as someone tampering with the registry would; false when it fails.
    bool executeOutsideAppKeys(const QString& sql) const;
    /// The first value of the first row of a query run outside AppKeys; invalid when it fails or has no row.
    QVariant queryOutsideAppKeys(const QString& sql) const;
    /// A hash of everything stored, to tell whether anything changed: the SQLite file and its write-ahead log, or
    /// every row of every table in the PostgreSQL database.
    QByteArray fingerprint() const;

private:
    std::pair<bool, QVariant> runOutsideAppKeys(const QString& sql) const;

    SqlDialect::Engine m_engine;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<PostgresTestServer> m_server;
    QString m_database;
    QString m_errorText;
};

} // namespace AppKeys
