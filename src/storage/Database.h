#pragma once

#include "AuditAction.h"
#include "AuditCheckpoint.h"
#include "Result.h"
#include "SqlDialect.h"
#include "Status.h"

#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <memory>

namespace AppKeys {

/// One open registry: the connection, with the schema migrated to the latest version. An embedded SQLite file, or a
/// team registry on PostgreSQL (QPSQL) with the same schema.
class Database
{
public:
    enum class AccessMode
    {
        ReadWrite,
        /// For support staff: the connection itself is opened read-only (SQLITE_OPEN_READONLY; a READ ONLY session
        /// on PostgreSQL), and every repository write is refused with ErrorCode::ReadOnly before it reaches the
        /// database. A PostgreSQL role with SELECT only is refused by the server even without it: that refusal too
        /// is ErrorCode::ReadOnly ("Read-only access: …"), and changes nothing.
        ReadOnly
    };

    /// What opening for writing does when there is no registry yet: no SQLite file, or a file or PostgreSQL
    /// database without the AppKeys schema. (A read-only open never creates anything.) An older schema is upgraded
    /// either way: that is not a new registry.
    enum class IfMissing
    {
        /// Creates the file and the schema: the window, which is where a registry is started.
        Create,
        /// Refuses with an Error that names the place and says how to create a registry there: the command line,
        /// where a mistyped path must not leave a new, empty registry behind.
        Refuse
    };

    /// Opens (creating if needed and allowed, private: SqliteFile) an SQLite registry: WAL, foreign keys on,
    /// migrations applied in a transaction. ReadOnly never creates or migrates: a missing file or an outdated schema
    /// is an Error that says so. ReadWrite refuses a file it cannot write. A damaged file, or one in a folder where
    /// SQLite cannot create its -shm file, is an Error that says so (SqliteFile::explainFailedOpen).
    static Result<std::shared_ptr<Database>> openSqlite(const QString& filePath,
                                                        AccessMode mode = AccessMode::ReadWrite,
                                                        IfMissing ifMissing = IfMissing::Create);
    /// Opens a PostgreSQL registry, postgresql://role@host[:port]/database[?sslmode=…] (see PostgresLocation), as
    /// that role with `password` (which the URL must not contain; RegistryConnector reads it from the keychain).
    /// Connecting gives up after PostgresLocation::ConnectTimeoutSeconds. A wrong password, an unknown host, a
    /// server that does not answer, or a missing database is an Error that says which, with what to do
    /// (ConnectionErrorCode for the first two). ReadWrite migrates only an outdated schema; a role that may not
    /// change the schema then gets an Error saying an admin must upgrade it. ReadOnly never writes; neither does
    /// IfMissing::Refuse to a database without the schema.
    static Result<std::shared_ptr<Database>> openPostgres(const QString& url, const QString& password,
                                                          AccessMode mode = AccessMode::ReadWrite,
                                                          IfMissing ifMissing = IfMissing::Create);
    /// Opens the registry named on the command line (--database) or in Settings: an SQLite file path or a
    /// sqlite:///absolute/path URL (an empty location is defaultSqlitePath()), or a postgresql:// URL, opened with
    /// `postgresPassword` (see openPostgres). Other schemes are an Error that lists the accepted forms.
    static Result<std::shared_ptr<Database>> open(const QString& location, AccessMode mode = AccessMode::ReadWrite,
                                                  const QString& postgresPassword = {},
                                                  IfMissing ifMissing = IfMissing::Create);
    /// QStandardPaths::AppDataLocation + "/appkeys.sqlite"
    static QString defaultSqlitePath();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// A second connection to this registry that only reads (opened read-only: SQLITE_OPEN_READONLY, a READ ONLY
    /// session on PostgreSQL), for reading on another thread while this one is in use. A Qt SQL connection belongs to
    /// the thread that opens it: call this, use what it returns and destroy it on that thread.
    Result<std::shared_ptr<Database>> openReader() const;

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    /// The registry's UUID, kept in the database; part of every keychain entry name.
    QString registryId() const { return m_registryId; }
    /// Who acts, for created_by and the audit trail: the OS user (of the effective user id) @ host on SQLite, the
    /// database role (session_user) on PostgreSQL.
    QString actor() const { return m_actor; }
    /// Whether this connection may read the credential hash columns; not a PostgreSQL support role, which reads apps
    /// and keys without them (see SqlDialect::roleMayReadCredentialHashes).
    bool mayReadCredentialHashes() const { return m_mayReadCredentialHashes; }
    /// How SQL differs on this registry's engine.
    SqlDialect dialect() const { return m_dialect; }
    bool isReadOnly() const { return m_accessMode == AccessMode::ReadOnly; }
    /// Whether changes can be made: not opened read-only, and (on PostgreSQL) a role the server lets write. A
    /// SELECT-only support role opened without --read-only is not read-only here, so that a write it attempts is
    /// still refused by the server; the window asks this instead, to offer only what will work.
    bool acceptsChanges() const { return !isReadOnly() && m_roleMayWrite; }
    /// ErrorCode::ReadOnly "The registry is open read-only: <activity> is not allowed." when read-only, else ok.
    /// Checked before anything is touched, the keychain included.
    Status checkWritable(AuditAction action) const;
    /// A description for the window title and messages: the file path, or the PostgreSQL URL (without password).
    QString location() const { return m_location; }
    /// What the user should know although the registry opened: an SQLite registry that other users may read
    /// (SqliteFile::looseModeWarnings). Empty for PostgreSQL.
    QStringList warnings() const { return m_warnings; }

    /// Told the audit trail's head after each change this connection commits (read right after the commit, so it may
    /// already include another writer's entries): how the checkpoints kept outside the database learn of it.
    using HeadListener = std::function<void(const AuditCheckpoint& head)>;
    void setHeadListener(HeadListener listener) { m_headListener = std::move(listener); }
    /// Reads the head and tells the listener, if there is one; RepositoryQuery calls it after each committed change.
    void reportCommittedHead() const;

private:
    explicit Database(SqlDialect dialect) : m_dialect(dialect) {}
    /// Checks and, if allowed, migrates the schema of the open connection, then reads the registry's identity.
    Status prepareRegistry(IfMissing ifMissing);

    QString m_connectionName;
    QString m_registryId;
    QString m_actor;
    QString m_location;
    QStringList m_warnings;
    AccessMode m_accessMode = AccessMode::ReadWrite;
    bool m_roleMayWrite = true;
    bool m_mayReadCredentialHashes = true;
    HeadListener m_headListener;
    SqlDialect m_dialect;
};

} // namespace AppKeys
