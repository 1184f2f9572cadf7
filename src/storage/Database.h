#pragma once

#include "AuditAction.h"
#include "Result.h"
#include "Status.h"

#include <QSqlDatabase>
#include <memory>

namespace AppKeys {

/// One open registry: the connection, with the schema migrated to the latest version.
class Database
{
public:
    enum class AccessMode
    {
        ReadWrite,
        /// For support staff: the connection itself is opened read-only (SQLITE_OPEN_READONLY), and every
        /// repository write is refused with ErrorCode::ReadOnly before it reaches the database.
        ReadOnly
    };

    /// Opens (creating if needed) an SQLite registry: WAL, foreign keys on, migrations applied in a transaction.
    /// ReadOnly never creates or migrates: a missing file or an outdated schema is an Error that says so.
    static Result<std::shared_ptr<Database>> openSqlite(const QString& filePath,
                                                        AccessMode mode = AccessMode::ReadWrite);
    /// Opens the registry named on the command line (--database) or in Settings: an SQLite file path or a
    /// sqlite:///absolute/path URL; an empty location is defaultSqlitePath(). postgresql:// is an Error saying
    /// PostgreSQL is not supported yet; other schemes are an Error that lists the accepted forms.
    static Result<std::shared_ptr<Database>> open(const QString& location, AccessMode mode = AccessMode::ReadWrite);
    /// QStandardPaths::AppDataLocation + "/appkeys.sqlite"
    static QString defaultSqlitePath();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    /// The registry's UUID, kept in the database; part of every keychain entry name.
    QString registryId() const { return m_registryId; }
    /// Who acts, for created_by and the audit trail: OS user@host on SQLite.
    QString actor() const { return m_actor; }
    bool isReadOnly() const { return m_accessMode == AccessMode::ReadOnly; }
    /// ErrorCode::ReadOnly "The registry is open read-only: <activity> is not allowed." when read-only, else ok.
    /// Checked before anything is touched, the keychain included.
    Status checkWritable(AuditAction action) const;
    /// A description for the window title and messages (the file path).
    QString location() const { return m_location; }

private:
    Database() = default;

    QString m_connectionName;
    QString m_registryId;
    QString m_actor;
    QString m_location;
    AccessMode m_accessMode = AccessMode::ReadWrite;
};

} // namespace AppKeys
