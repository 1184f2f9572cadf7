#include "Database.h"

#include "ErrorCode.h"
#include "SchemaMigrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

// Long enough for another AppKeys window to finish a write, short enough not to look frozen.
constexpr int BusyTimeoutMs = 5000;

Status prepareFolder(const QString& filePath)
{
    const QFileInfo file(filePath);
    if (!QDir().mkpath(file.absolutePath()))
        return Error{
            QCoreApplication::translate("AppKeys::Database", "Could not create the folder “%1” for the registry.")
                .arg(file.absolutePath()),
            QCoreApplication::translate("AppKeys::Database",
                                        "Check that the folder can be created there, or choose another location.")};
    if (file.exists() && !file.isWritable())
        return Error{
            QCoreApplication::translate("AppKeys::Database", "The registry file “%1” is not writable.").arg(filePath),
            QCoreApplication::translate("AppKeys::Database", "Check the file's permissions, or choose another file.")};
    return {};
}

// A read-only open never creates anything, not even an empty file.
Status checkExists(const QString& filePath)
{
    if (QFileInfo(filePath).isFile())
        return {};
    return Error{QCoreApplication::translate("AppKeys::Database", "There is no registry file “%1”.").arg(filePath),
                 QCoreApplication::translate("AppKeys::Database",
                                             "Check the path; a new registry is created only when it is opened without "
                                             "--read-only.")};
}

Result<QString> pragmaValue(QSqlDatabase& db, const QString& pragma)
{
    QSqlQuery query(db);
    if (!query.exec(pragma))
        return Error{
            QCoreApplication::translate("AppKeys::Database", "“%1” is not an AppKeys database.").arg(db.databaseName()),
            query.lastError().text()};
    return query.next() ? query.value(0).toString() : QString();
}

// SQLite opens any file lazily; reading the schema cookie is what fails on a file that is not a database.
Status checkIsSqliteDatabase(QSqlDatabase& db)
{
    if (const Result<QString> readable = pragmaValue(db, u"PRAGMA schema_version"_s); !readable)
        return readable.error();
    return {};
}

// SQLite-only settings, kept here so that the rest of the storage layer stays portable. Applied only to an AppKeys
// database, because the journal mode stays with the file.
Status applySqliteSettings(QSqlDatabase& db)
{
    const Result<QString> journalMode = pragmaValue(db, u"PRAGMA journal_mode = WAL"_s);
    if (!journalMode)
        return journalMode.error();
    if (journalMode.value().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return Error{
            QCoreApplication::translate("AppKeys::Database",
                                        "Could not switch the registry “%1” to write-ahead logging.")
                .arg(db.databaseName()),
            QCoreApplication::translate("AppKeys::Database", "The journal mode stayed “%1”.").arg(journalMode.value())};
    for (const QString& pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA busy_timeout = %1"_s.arg(BusyTimeoutMs)}) {
        if (const Result<QString> set = pragmaValue(db, pragma); !set)
            return set.error();
    }
    const Result<QString> foreignKeys = pragmaValue(db, u"PRAGMA foreign_keys"_s);
    if (!foreignKeys)
        return foreignKeys.error();
    if (foreignKeys.value() != u"1"_s)
        return Error{QCoreApplication::translate("AppKeys::Database",
                                                 "Could not turn on foreign key checks for the registry “%1”.")
                         .arg(db.databaseName()),
                     QCoreApplication::translate(
                         "AppKeys::Database", "This SQLite library may have been built without foreign key support.")};
    return {};
}

// Support staff may only have read access to the file; the journal mode stays as the last writer left it.
Status applyReadOnlySqliteSettings(QSqlDatabase& db)
{
    if (const Result<QString> set = pragmaValue(db, u"PRAGMA busy_timeout = %1"_s.arg(BusyTimeoutMs)); !set)
        return set.error();
    return {};
}

/// Migrates a writable registry; only checks the version of a read-only one, which must not change.
Status prepareSchema(QSqlDatabase& db, Database::AccessMode mode)
{
    if (mode == Database::AccessMode::ReadOnly) {
        if (Status settings = applyReadOnlySqliteSettings(db); !settings)
            return settings;
        return SchemaMigrator::checkIsCurrent(db);
    }
    if (Status settings = applySqliteSettings(db); !settings)
        return settings;
    return SchemaMigrator::migrate(db);
}

Result<QString> readRegistryId(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT registry_id FROM registry WHERE id = 1"_s))
        return Error{QCoreApplication::translate("AppKeys::Database", "Could not read the registry's identity."),
                     query.lastError().text()};
    if (!query.next())
        return Error{
            QCoreApplication::translate("AppKeys::Database", "“%1” is not an AppKeys database.").arg(db.databaseName()),
            QCoreApplication::translate("AppKeys::Database", "It has no registry identity.")};
    return query.value(0).toString();
}

QString osUserName()
{
    for (const char* variable : {"USER", "LOGNAME"}) {
        if (const QString user = qEnvironmentVariable(variable); !user.isEmpty())
            return user;
    }
    return QDir::home().dirName();
}

} // namespace

Result<std::shared_ptr<Database>> Database::openSqlite(const QString& filePath, AccessMode mode)
{
    const QString absolutePath = QFileInfo(filePath).absoluteFilePath();
    if (Status place = mode == AccessMode::ReadOnly ? checkExists(absolutePath) : prepareFolder(absolutePath); !place)
        return place.error();
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return Error{QCoreApplication::translate("AppKeys::Database", "The SQLite driver for Qt is not installed."),
                     QCoreApplication::translate("AppKeys::Database",
                                                 "Install the Qt 6 SQLite plugin (on Debian: libqt6sql6-sqlite).")};

    // Owned from here on, so that every early return removes the connection again.
    std::shared_ptr<Database> database(new Database);
    database->m_connectionName = u"appkeys-sqlite-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    database->m_location = absolutePath;
    database->m_accessMode = mode;

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, database->m_connectionName);
    db.setDatabaseName(absolutePath);
    if (mode == AccessMode::ReadOnly)
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    if (!db.open())
        return Error{
            QCoreApplication::translate("AppKeys::Database", "Could not open the registry “%1”.").arg(absolutePath),
            db.lastError().text()};
    if (Status sqlite = checkIsSqliteDatabase(db); !sqlite)
        return sqlite.error();
    if (Status appKeys = SchemaMigrator::checkIsAppKeysDatabase(db); !appKeys)
        return appKeys.error();
    if (Status schema = prepareSchema(db, mode); !schema)
        return schema.error();
    const Result<QString> registryId = readRegistryId(db);
    if (!registryId)
        return registryId.error();

    database->m_registryId = registryId.value();
    database->m_actor = osUserName() + u'@' + QSysInfo::machineHostName();
    return database;
}

Result<std::shared_ptr<Database>> Database::open(const QString& location, AccessMode mode)
{
    if (location.isEmpty())
        return openSqlite(defaultSqlitePath(), mode);
    // A scheme followed by "://"; a Windows path such as C:\Users has no "//" after its colon.
    static const QRegularExpression urlScheme(u"^([A-Za-z][A-Za-z0-9+.-]*)://"_s);
    const QRegularExpressionMatch scheme = urlScheme.match(location);
    if (!scheme.hasMatch())
        return openSqlite(location, mode);

    const QString schemeName = scheme.captured(1).toLower();
    if (schemeName == u"sqlite"_s) {
        const QUrl url(location, QUrl::StrictMode);
        if (url.isValid() && url.host().isEmpty() && url.path().startsWith(u'/'))
            return openSqlite(url.path(), mode);
    } else if (schemeName == u"postgresql"_s || schemeName == u"postgres"_s) {
        return Error{QCoreApplication::translate("AppKeys::Database", "PostgreSQL registries are not supported yet."),
                     QCoreApplication::translate("AppKeys::Database", "Use an SQLite registry file for now.")};
    }
    return Error{
        QCoreApplication::translate("AppKeys::Database", "AppKeys cannot open the registry “%1”.").arg(location),
        QCoreApplication::translate("AppKeys::Database",
                                    "Give the path of an SQLite file (for example /srv/appkeys/registry.sqlite) or a "
                                    "URL of the form sqlite:///absolute/path/registry.sqlite.")};
}

QString Database::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/appkeys.sqlite"_s;
}

Database::~Database()
{
    if (m_connectionName.isEmpty())
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status Database::checkWritable(AuditAction action) const
{
    if (!isReadOnly())
        return {};
    return Error{QCoreApplication::translate("AppKeys::Database", "The registry is open read-only: %1 is not allowed.")
                     .arg(activityName(action)),
                 QCoreApplication::translate("AppKeys::Database",
                                             "Changes and secrets are available only when the registry is opened "
                                             "without --read-only."),
                 ErrorCode::ReadOnly};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

} // namespace AppKeys
