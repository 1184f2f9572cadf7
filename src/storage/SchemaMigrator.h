#pragma once

#include "Result.h"
#include "Status.h"

#include <QSqlDatabase>

namespace AppKeys {

/// Numbered schema migrations (SchemaMigrations::all()), applied in order in one transaction; the applied ones are
/// kept in the schema_migrations table, with the time each was applied.
class SchemaMigrator
{
public:
    static int latestVersion();
    /// What a database holds, as far as opening it goes: read once per open (on PostgreSQL each statement is a round
    /// trip to the server, and the checks below asked for the tables three times).
    struct Contents
    {
        bool anyTable = false;
        bool hasMigrationHistory = false; ///< the schema_migrations table
        int version = 0;                  ///< 0 without a migration history
    };
    static Result<Contents> readContents(const QSqlDatabase& db);
    /// The version the database is at (0 for an empty file).
    static Result<int> currentVersion(const QSqlDatabase& db);
    /// Refuses a database that has tables but no migration history: another program's file.
    static Status checkIsAppKeysDatabase(const QSqlDatabase& db, const Contents& contents);
    /// "“<database>” is not an AppKeys database.", for every check that finds so, with `hint` saying why or what to do.
    static Error notAnAppKeysDatabase(const QSqlDatabase& db, const QString& hint);
    /// For read-only opens, which change nothing: refuses a schema older or newer than this program's (an empty
    /// database too, which Database refuses first with a message of its own).
    static Status checkIsCurrent(const QSqlDatabase& db, const Contents& contents);
    /// Applies the missing migrations, all or none. Refuses a database that is not an AppKeys registry, or whose
    /// schema is newer than this program knows.
    static Status migrate(QSqlDatabase& db, const Contents& contents);
};

} // namespace AppKeys
