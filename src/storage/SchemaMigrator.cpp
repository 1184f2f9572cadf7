#include "SchemaMigrator.h"

#include "ErrorCode.h"
#include "SchemaMigrations.h"
#include "SqlTime.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

const QString MigrationsTable = u"schema_migrations"_s;

Status execute(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return {};
    return SqlDialect::of(db).statementError(
        query.lastError(),
        QCoreApplication::translate("AppKeys::SchemaMigrator", "Could not update the registry's schema."));
}

Status recordApplied(QSqlDatabase& db, int version)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO schema_migrations (version, applied_at) VALUES (:version, :applied_at)"_s);
    query.bindValue(u":version"_s, version);
    query.bindValue(u":applied_at"_s, SqlTime::toValue(QDateTime::currentDateTimeUtc()));
    if (query.exec())
        return {};
    return SqlDialect::of(db).statementError(
        query.lastError(),
        QCoreApplication::translate("AppKeys::SchemaMigrator", "Could not record the registry's schema version."));
}

Status apply(QSqlDatabase& db, const Migration& migration)
{
    for (const QString& statement : migration.statements) {
        if (Status done = execute(db, statement); !done)
            return done;
    }
    if (migration.seed) {
        if (Status seeded = migration.seed(db); !seeded)
            return seeded;
    }
    return recordApplied(db, migration.version);
}

Status checkIsNotNewer(const QSqlDatabase& db, int current)
{
    if (current <= SchemaMigrator::latestVersion())
        return {};
    return Error{QCoreApplication::translate(
                     "AppKeys::SchemaMigrator",
                     "The registry “%1” has schema version %2, but this version of AppKeys only knows versions up "
                     "to %3.")
                     .arg(db.databaseName())
                     .arg(current)
                     .arg(SchemaMigrator::latestVersion()),
                 QCoreApplication::translate("AppKeys::SchemaMigrator", "Open it with a newer version of AppKeys."),
                 ErrorCode::SchemaNotCurrent};
}

Status applyPending(QSqlDatabase& db)
{
    if (Status created = execute(db, u"CREATE TABLE IF NOT EXISTS schema_migrations ("
                                     "  version INTEGER PRIMARY KEY,"
                                     "  applied_at TEXT NOT NULL)"_s);
        !created)
        return created;
    const Result<int> current = SchemaMigrator::currentVersion(db);
    if (!current)
        return current.error();
    if (Status notNewer = checkIsNotNewer(db, current.value()); !notNewer)
        return notNewer;
    for (const Migration& migration : SchemaMigrations::all(SqlDialect::of(db))) {
        if (migration.version <= current.value())
            continue;
        if (Status applied = apply(db, migration); !applied)
            return applied;
    }
    return {};
}

/// A role that may only read (a PostgreSQL support role) cannot create or upgrade the schema: only an admin can.
Error migrationRefused(const QSqlDatabase& db, int current)
{
    const QString hint = QCoreApplication::translate(
        "AppKeys::SchemaMigrator", "An admin must do it: open the registry once with the role that owns its schema, "
                                   "without --read-only. Support staff can connect after that.");
    if (current == 0)
        return Error{QCoreApplication::translate("AppKeys::SchemaMigrator",
                                                 "“%1” holds no AppKeys registry yet, and your database role may not "
                                                 "create one.")
                         .arg(db.databaseName()),
                     hint, ErrorCode::ReadOnly};
    return Error{QCoreApplication::translate("AppKeys::SchemaMigrator",
                                             "This registry needs an upgrade from schema version %1 to %2, and your "
                                             "database role may not change the schema.")
                     .arg(current)
                     .arg(SchemaMigrator::latestVersion()),
                 hint, ErrorCode::ReadOnly};
}

} // namespace

int SchemaMigrator::latestVersion()
{
    return SchemaMigrations::latestVersion();
}

Result<SchemaMigrator::Contents> SchemaMigrator::readContents(const QSqlDatabase& db)
{
    const QStringList tables = db.tables(QSql::Tables);
    Contents contents;
    contents.anyTable = !tables.isEmpty();
    contents.hasMigrationHistory = tables.contains(MigrationsTable);
    if (!contents.hasMigrationHistory)
        return contents;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT MAX(version) FROM schema_migrations"_s) || !query.next())
        return Error{
            QCoreApplication::translate("AppKeys::SchemaMigrator", "Could not read the registry's schema version."),
            query.lastError().text()};
    contents.version = query.value(0).toInt();
    return contents;
}

Result<int> SchemaMigrator::currentVersion(const QSqlDatabase& db)
{
    const Result<Contents> contents = readContents(db);
    if (!contents)
        return contents.error();
    return contents.value().version;
}

Status SchemaMigrator::checkIsAppKeysDatabase(const QSqlDatabase& db, const Contents& contents)
{
    if (!contents.anyTable || contents.hasMigrationHistory)
        return {};
    return notAnAppKeysDatabase(
        db, QCoreApplication::translate(
                "AppKeys::SchemaMigrator",
                "Choose an AppKeys registry file or a new file name (on PostgreSQL, an empty database)."));
}

Error SchemaMigrator::notAnAppKeysDatabase(const QSqlDatabase& db, const QString& hint)
{
    return Error{QCoreApplication::translate("AppKeys::SchemaMigrator", "“%1” is not an AppKeys database.")
                     .arg(db.databaseName()),
                 hint};
}

Status SchemaMigrator::checkIsCurrent(const QSqlDatabase& db, const Contents& contents)
{
    if (Status notNewer = checkIsNotNewer(db, contents.version); !notNewer)
        return notNewer;
    if (contents.version == latestVersion())
        return {};
    return Error{QCoreApplication::translate("AppKeys::SchemaMigrator",
                                             "This registry needs an upgrade: open it once without --read-only."),
                 QCoreApplication::translate("AppKeys::SchemaMigrator",
                                             "“%1” has schema version %2; this version of AppKeys reads version %3.")
                     .arg(db.databaseName())
                     .arg(contents.version)
                     .arg(latestVersion()),
                 ErrorCode::SchemaNotCurrent};
}

Status SchemaMigrator::migrate(QSqlDatabase& db, const Contents& contents)
{
    // Migrating another program's tables would mix two schemas.
    if (Status appKeys = checkIsAppKeysDatabase(db, contents); !appKeys)
        return appKeys;
    if (Status notNewer = checkIsNotNewer(db, contents.version); !notNewer)
        return notNewer;
    // A current schema is not written to at all: a role that may only read opens it like any other.
    if (contents.version == latestVersion())
        return {};
    // Asked first: on a LATIN1 database version 9 stops at the server's own conversion error, and on SQL_ASCII the
    // registry would keep text in other scripts as bytes that compare and search wrongly.
    if (Status unicode = SqlDialect::of(db).checkStoresUnicode(db); !unicode)
        return unicode;
    // Taking the write lock first means two programs opening a new registry at once migrate it one after the other.
    const Status migrated = WriteTransaction::run(
        db, [&db] { return applyPending(db); }, WriteTransaction::Scope::Schema);
    if (!migrated && migrated.error().code == ErrorCode::ReadOnly)
        return migrationRefused(db, contents.version);
    return migrated;
}

} // namespace AppKeys
