#pragma once

#include "Error.h"
#include "Result.h"
#include "Status.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <optional>

namespace AppKeys {

/// Everything the storage layer does differently on SQLite and on PostgreSQL, in one place; all other SQL is
/// written once and runs on both.
class SqlDialect
{
public:
    enum class Engine
    {
        Sqlite,
        Postgres
    };

    explicit SqlDialect(Engine engine) : m_engine(engine) {}
    /// The dialect of a connection's driver (QSQLITE or QPSQL).
    static SqlDialect of(const QSqlDatabase& db);
    static SqlDialect of(const QSqlQuery& query);

    Engine engine() const { return m_engine; }
    /// The Qt SQL driver: QSQLITE or QPSQL.
    QString driverName() const;

    /// A write transaction holds the registry's single write lock until it ends, so that writers take turns and
    /// each reads what the previous one committed (the audit chain's last link, the live keys, the row versions).
    /// On SQLite, BEGIN IMMEDIATE takes it; on PostgreSQL, BEGIN (READ COMMITTED: each statement sees what was
    /// committed before it) followed by the lock statement below, waited for at most lock_timeout
    /// (configureConnection()).
    QString beginWriteStatement() const;
    /// Begins a transaction whose reads all see the registry as it stood at its first read, whatever commits
    /// meanwhile, without keeping out writers: on SQLite a deferred BEGIN (in WAL mode a reader keeps its snapshot);
    /// on PostgreSQL REPEATABLE READ, READ ONLY.
    QString beginReadSnapshotStatement() const;
    /// A query whose one value changes whenever another connection commits: on SQLite PRAGMA data_version (counted
    /// by this connection, so only its own readings compare), on PostgreSQL the set of committed transactions
    /// (pg_current_snapshot). See ReadSnapshot::commitMarker.
    QString commitMarkerStatement() const;
    /// Empty on SQLite. On PostgreSQL a transaction-scoped advisory lock (pg_advisory_xact_lock), which keeps out other
    /// writers but not readers and needs no privilege on any table: admins may only append to audit_log, so a table
    /// lock that needs UPDATE, DELETE or TRUNCATE is out of their reach. A role that may only read still takes it,
    /// and is refused by the server (42501, or 25006 in a read-only session) at its first write.
    QString registryLockStatement() const;
    /// Empty on SQLite. On PostgreSQL the same advisory lock: a migration may run before audit_log exists, and two
    /// programs opening a new registry at once must migrate it one after the other, and not while anyone writes.
    QString schemaLockStatement() const;

    /// The channel on which every write to the registry's data is announced when it commits, for the verification
    /// services that keep an index of the keys (PostgreSQL LISTEN/NOTIFY; see RegistryChangeWatcher).
    static constexpr auto ChangeChannel = "appkeys_registry";
    /// Empty on SQLite, whose readers see a commit through PRAGMA data_version. On PostgreSQL NOTIFY on
    /// ChangeChannel, run inside the transaction, which the server delivers only if and when it commits.
    QString changeNotificationStatement() const;

    /// The text columns, comma-separated, to be read as their UTF-8: SQLite then hands each value over as its stored
    /// bytes (a QByteArray, which SqlText::fromValue decodes), where its own conversion to UTF-16 took 13 % of the
    /// instructions of `audit verify`. PostgreSQL's driver decodes UTF-8 itself: the columns as they are.
    QString asUtf8(const QStringList& textColumns) const;
    /// `column` is one of the strings of a JSON array bound to `placeholder`: a list of ids as one value, where a
    /// placeholder per id made each query of a page of 1,000 ids bind them one by one, each found by its name
    /// (0.8-0.9 s against 0.35 s for 66 pages of ids on SQLite).
    QString isInJsonArray(const QString& column, const QString& placeholder) const;
    /// The value to bind for isInJsonArray(): the texts as one compact JSON array.
    static QString jsonArray(const QStringList& texts);

    /// The column type of a key that counts up without limit (the audit trail's sequence): on SQLite INTEGER, the
    /// 64-bit rowid; on PostgreSQL BIGINT, as INTEGER is 32-bit there.
    QString counterKeyType() const;

    /// Settings applied to each new connection (SQLite PRAGMAs; a read-only PostgreSQL session), checked where
    /// they can silently fail to apply.
    Status configureConnection(QSqlDatabase& db, bool readOnly) const;

    /// What a connection keeps for its session: the registry it opened and who it is there.
    struct Session
    {
        QString registryId;
        /// Who acts in the audit trail and created_by: on SQLite the OS user (the effective user id's name, as the
        /// system's user database has it, never an environment variable such as $USER) @ the host name; on
        /// PostgreSQL the database role (session_user), as the server knows it.
        QString actor;
        /// Whether the role may change the registry, so that the window can offer only what will work: on SQLite
        /// always (the file's own permissions show at the first write), on PostgreSQL whether the role may append to
        /// audit_log, which every change does.
        bool mayWrite = true;
        /// Whether the role may read the credential hash columns (apps.secret_sha256, api_keys.key_sha256): on
        /// SQLite always; on PostgreSQL not for a support role (scripts/postgres-roles.sql, schema version 4).
        bool mayReadCredentialHashes = true;
    };
    /// Reads the session with one statement: on PostgreSQL each is a round trip to the server, which across a network
    /// costs a millisecond or more, and every command and every window's connection opens with them. Refuses a
    /// database without a registry identity.
    Result<Session> readSession(const QSqlDatabase& db) const;
    /// Refuses, with ErrorCode::TextEncodingUnsupported, a PostgreSQL database whose server encoding is not UTF8: it
    /// would refuse (LATIN1) or garble (SQL_ASCII) text in other scripts, and the search's index (schema version 9)
    /// names two letters outside LATIN1. An SQLite file converts whatever it stores: always fine.
    Status checkStoresUnicode(const QSqlDatabase& db) const;

    /// The database refused a write because the role or the connection may only read: SQLSTATE 42501
    /// (insufficient privilege) or 25006 (read-only transaction) on PostgreSQL, SQLITE_READONLY on SQLite.
    bool isWriteRefused(const QSqlError& error) const;
    /// A UNIQUE or PRIMARY KEY constraint refused a row: SQLSTATE 23505, or SQLITE_CONSTRAINT_UNIQUE/_PRIMARYKEY.
    bool isUniqueViolation(const QSqlError& error) const;

    /// The error for a failed statement: a full disk or a damaged file said as such (sqliteFileError);
    /// ErrorCode::ReadOnly "read-only access" when the database refused the write (see isWriteRefused); else
    /// `failureMessage` with the driver's text as hint.
    Error statementError(const QSqlError& error, const QString& failureMessage) const;
    /// On SQLite, for SQLITE_FULL "The disk that holds the registry is full", for SQLITE_CORRUPT and SQLITE_NOTADB
    /// "The registry is damaged; restore it from a backup"; nullopt for any other error.
    std::optional<Error> sqliteFileError(const QSqlError& error) const;

private:
    static SqlDialect of(const QSqlDriver* driver);

    Engine m_engine;
};

} // namespace AppKeys
