#include "SqlDialect.h"

#include "ErrorCode.h"
#include "SchemaMigrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

// Long enough for another AppKeys window to finish a write, short enough not to look frozen.
constexpr int LockWaitMs = 5000;
// SQLite's page cache for each connection, in KiB: configureSqlite says why it is small.
constexpr int CacheKiB = 1024;

// Any 64-bit number that no other program on the same database is likely to pick for its own advisory lock.
const QString RegistryLockKey = u"7301185646135744353"_s;

// SQLite's primary result codes, the low byte of its (extended) error codes.
constexpr int SqliteReadOnly = 8;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteConstraint = 19;
constexpr int SqliteNotADatabase = 26;

int sqlitePrimaryCode(const QSqlError& error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

Result<QString> pragmaValue(QSqlDatabase& db, const QString& pragma)
{
    QSqlQuery query(db);
    if (!query.exec(pragma))
        return SchemaMigrator::notAnAppKeysDatabase(db, query.lastError().text());
    return query.next() ? query.value(0).toString() : QString();
}

Status checkJournalModeIsWal(QSqlDatabase& db)
{
    const Result<QString> journalMode = pragmaValue(db, u"PRAGMA journal_mode = WAL"_s);
    if (!journalMode)
        return journalMode.error();
    if (journalMode.value().compare(u"wal"_s, Qt::CaseInsensitive) == 0)
        return {};
    return Error{
        QCoreApplication::translate("AppKeys::Database", "Could not switch the registry “%1” to write-ahead logging.")
            .arg(db.databaseName()),
        QCoreApplication::translate("AppKeys::Database", "The journal mode stayed “%1”.").arg(journalMode.value())};
}

Status checkForeignKeysAreOn(QSqlDatabase& db)
{
    if (const Result<QString> set = pragmaValue(db, u"PRAGMA foreign_keys = ON"_s); !set)
        return set.error();
    const Result<QString> foreignKeys = pragmaValue(db, u"PRAGMA foreign_keys"_s);
    if (!foreignKeys)
        return foreignKeys.error();
    if (foreignKeys.value() == u"1"_s)
        return {};
    return Error{
        QCoreApplication::translate("AppKeys::Database", "Could not turn on foreign key checks for the registry “%1”.")
            .arg(db.databaseName()),
        QCoreApplication::translate("AppKeys::Database",
                                    "This SQLite library may have been built without foreign key support.")};
}

// Support staff may only have read access to the file: the journal mode stays as the last writer left it.
Status configureSqlite(QSqlDatabase& db, bool readOnly)
{
    if (const Result<QString> set = pragmaValue(db, u"PRAGMA busy_timeout = %1"_s.arg(LockWaitMs)); !set)
        return set.error();
    // 1 MB of pages, where SQLite's own is 2 MB: a cache takes memory new to the process as it fills, which costs this
    // machine 14 us a page, and the reads here go through the file about once. At 100,000 apps, with 8 MB,
    // `list --search` took 84 ms (against 46 ms for an empty registry) and the window's first expiry run peaked at
    // 145-156 MB; with 1 MB, 60-67 ms (against 38-45) and 137 MB, the window's reads as fast. With 512 KB they slowed.
    if (const Result<QString> set = pragmaValue(db, u"PRAGMA cache_size = -%1"_s.arg(CacheKiB)); !set)
        return set.error();
    if (readOnly)
        return {};
    if (Status wal = checkJournalModeIsWal(db); !wal)
        return wal;
    return checkForeignKeysAreOn(db);
}

// Read-only is then enforced by the server for this session as well, not only by the repository. Notices (such as
// "relation already exists, skipping") would reach stderr through libpq, where the command line writes its output.
Status configurePostgres(QSqlDatabase& db, bool readOnly)
{
    // set_config() is SET as a function: every setting in one statement, one round trip.
    QString settings = u"SELECT set_config('lock_timeout', '%1', false), "
                       "set_config('client_min_messages', 'warning', false)"_s.arg(LockWaitMs);
    if (readOnly)
        settings += u", set_config('default_transaction_read_only', 'on', false)"_s;
    QSqlQuery query(db);
    if (query.exec(settings))
        return {};
    return Error{QCoreApplication::translate("AppKeys::Database", "Could not set up the connection to “%1”.")
                     .arg(db.databaseName()),
                 query.lastError().text()};
}

/// The name of the effective user id: who the system says is running the program. $USER and $LOGNAME are whatever
/// the program's caller set them to.
QString osUserName()
{
#ifdef Q_OS_UNIX
    if (const passwd* user = getpwuid(geteuid()); user && user->pw_name)
        return QString::fromLocal8Bit(user->pw_name);
    return QString::number(geteuid());
#else
    return QDir::home().dirName();
#endif
}

} // namespace

SqlDialect SqlDialect::of(const QSqlDatabase& db)
{
    return of(db.driver());
}

SqlDialect SqlDialect::of(const QSqlQuery& query)
{
    return of(query.driver());
}

SqlDialect SqlDialect::of(const QSqlDriver* driver)
{
    return SqlDialect(driver && driver->dbmsType() == QSqlDriver::PostgreSQL ? Engine::Postgres : Engine::Sqlite);
}

QString SqlDialect::driverName() const
{
    return m_engine == Engine::Postgres ? u"QPSQL"_s : u"QSQLITE"_s;
}

QString SqlDialect::beginWriteStatement() const
{
    // On SQLite, a deferred BEGIN would take the write lock only at the first write; by then another connection may
    // hold it, and SQLite refuses at once rather than waiting.
    return m_engine == Engine::Postgres ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s;
}

QString SqlDialect::beginReadSnapshotStatement() const
{
    return m_engine == Engine::Postgres ? u"BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s : u"BEGIN"_s;
}

QString SqlDialect::commitMarkerStatement() const
{
    return m_engine == Engine::Postgres ? u"SELECT pg_current_snapshot()::text"_s : u"PRAGMA data_version"_s;
}

QString SqlDialect::registryLockStatement() const
{
    return m_engine == Engine::Postgres ? u"SELECT pg_advisory_xact_lock(%1)"_s.arg(RegistryLockKey) : QString();
}

QString SqlDialect::schemaLockStatement() const
{
    return registryLockStatement();
}

QString SqlDialect::changeNotificationStatement() const
{
    return m_engine == Engine::Postgres ? u"NOTIFY %1"_s.arg(QLatin1StringView(ChangeChannel)) : QString();
}

QString SqlDialect::asUtf8(const QStringList& textColumns) const
{
    if (m_engine == Engine::Postgres)
        return textColumns.join(u", "_s);
    QStringList casts;
    for (const QString& column : textColumns)
        casts.append(u"CAST(%1 AS BLOB)"_s.arg(column));
    return casts.join(u", "_s);
}

QString SqlDialect::isInJsonArray(const QString& column, const QString& placeholder) const
{
    // PostgreSQL takes a set-returning function for 100 rows whatever the array holds, and joined them with a whole
    // table (a sequential scan of app_redirect_urls for the 12 apps a search found at 10,000 apps: 25 ms against
    // 7.5 ms); an array it takes for a few, looked up by index.
    const QString in = m_engine == Engine::Postgres
                           ? u"%1 = ANY (ARRAY(SELECT json_array_elements_text(CAST(%2 AS json))))"_s
                           : u"%1 IN (SELECT value FROM json_each(%2))"_s;
    return in.arg(column, placeholder);
}

QString SqlDialect::jsonArray(const QStringList& texts)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact));
}

QString SqlDialect::counterKeyType() const
{
    return m_engine == Engine::Postgres ? u"BIGINT"_s : u"INTEGER"_s;
}

Status SqlDialect::configureConnection(QSqlDatabase& db, bool readOnly) const
{
    return m_engine == Engine::Postgres ? configurePostgres(db, readOnly) : configureSqlite(db, readOnly);
}

Result<SqlDialect::Session> SqlDialect::readSession(const QSqlDatabase& db) const
{
    const QString sql = m_engine == Engine::Postgres
                            ? u"SELECT registry_id, session_user, has_table_privilege('audit_log', 'INSERT'), "
                              "has_column_privilege('apps', 'secret_sha256', 'SELECT') AND "
                              "has_column_privilege('api_keys', 'key_sha256', 'SELECT') FROM registry WHERE id = 1"_s
                            : u"SELECT registry_id FROM registry WHERE id = 1"_s;
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Error{QCoreApplication::translate("AppKeys::Database", "Could not read the registry's identity."),
                     query.lastError().text()};
    if (!query.next())
        return SchemaMigrator::notAnAppKeysDatabase(
            db, QCoreApplication::translate("AppKeys::Database", "It has no registry identity."));
    Session session;
    session.registryId = query.value(0).toString();
    if (m_engine == Engine::Sqlite) {
        session.actor = osUserName() + u'@' + QSysInfo::machineHostName();
        return session;
    }
    session.actor = query.value(1).toString();
    session.mayWrite = query.value(2).toBool();
    session.mayReadCredentialHashes = query.value(3).toBool();
    return session;
}

Status SqlDialect::checkStoresUnicode(const QSqlDatabase& db) const
{
    if (m_engine == Engine::Sqlite)
        return {};
    QSqlQuery query(db);
    if (!query.exec(u"SELECT current_setting('server_encoding')"_s) || !query.next())
        return Error{
            QCoreApplication::translate("AppKeys::Database", "Could not ask the server how the database stores text."),
            query.lastError().text()};
    const QString encoding = query.value(0).toString();
    if (encoding == u"UTF8"_s)
        return {};
    return Error{QCoreApplication::translate("AppKeys::Database",
                                             "The database “%1” stores text as %2, and AppKeys needs UTF8: names, "
                                             "URLs and descriptions may be in any script.")
                     .arg(db.databaseName(), encoding),
                 QCoreApplication::translate("AppKeys::Database",
                                             "Create the registry in a UTF8 database (createdb --encoding=UTF8 "
                                             "--template=template0 NAME). A registry already in this one moves over "
                                             "with pg_dump and pg_restore, which convert its text; see "
                                             "docs/postgresql.md."),
                 ErrorCode::TextEncodingUnsupported};
}

bool SqlDialect::isWriteRefused(const QSqlError& error) const
{
    if (m_engine == Engine::Postgres)
        return error.nativeErrorCode() == u"42501"_s || error.nativeErrorCode() == u"25006"_s;
    return error.type() != QSqlError::NoError && sqlitePrimaryCode(error) == SqliteReadOnly;
}

bool SqlDialect::isUniqueViolation(const QSqlError& error) const
{
    if (m_engine == Engine::Postgres)
        return error.nativeErrorCode() == u"23505"_s;
    // The primary code alone also stands for CHECK, NOT NULL and foreign key failures.
    return sqlitePrimaryCode(error) == SqliteConstraint &&
           (error.databaseText().contains(u"UNIQUE"_s) || error.databaseText().contains(u"PRIMARY KEY"_s));
}

std::optional<Error> SqlDialect::sqliteFileError(const QSqlError& error) const
{
    if (m_engine != Engine::Sqlite || error.type() == QSqlError::NoError)
        return std::nullopt;
    const int code = sqlitePrimaryCode(error);
    if (code == SqliteFull)
        return Error{QCoreApplication::translate("AppKeys::Database",
                                                 "The disk that holds the registry is full: nothing was changed."),
                     QCoreApplication::translate("AppKeys::Database", "Free some space on it, then try again.")};
    if (code == SqliteCorrupt || code == SqliteNotADatabase)
        return Error{
            QCoreApplication::translate("AppKeys::Database", "The registry is damaged; restore it from a backup."),
            QCoreApplication::translate("AppKeys::Database", "SQLite says: %1").arg(error.databaseText())};
    return std::nullopt;
}

Error SqlDialect::statementError(const QSqlError& error, const QString& failureMessage) const
{
    if (const std::optional<Error> fileError = sqliteFileError(error))
        return *fileError;
    if (!isWriteRefused(error))
        return Error{failureMessage, error.text()};
    return Error{QCoreApplication::translate("AppKeys::Database",
                                             "Read-only access: the database refused to change the registry."),
                 QCoreApplication::translate("AppKeys::Database",
                                             "Your database role may only read this registry. Ask an admin to make "
                                             "the change, or to give your role write access."),
                 ErrorCode::ReadOnly};
}

} // namespace AppKeys
