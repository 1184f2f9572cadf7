#include "Database.h"

#include "AuditLog.h"
#include "ErrorCode.h"
#include "PostgresConnectionError.h"
#include "PostgresLocation.h"
#include "SchemaMigrator.h"
#include "SqliteFile.h"
#include "SqliteLibrary.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

QString howToCreateARegistry(const QString& location)
{
    return QCoreApplication::translate("AppKeys::Database",
                                       "Check the location. A new registry is created only by the AppKeys window, "
                                       "opened once without --read-only: appkeys --database “%1”.")
        .arg(location);
}

// A read-only open, or one that must not create a registry, leaves no file behind, not even an empty one.
Status checkExists(const QString& filePath)
{
    if (QFileInfo(filePath).isFile())
        return {};
    return Error{QCoreApplication::translate("AppKeys::Database", "There is no registry file “%1”.").arg(filePath),
                 howToCreateARegistry(filePath)};
}

/// The file there, or (when allowed) created private; a file that is to be written must be writable.
Status preparePlace(const QString& filePath, Database::AccessMode mode, bool mayCreate)
{
    if (!mayCreate) {
        if (Status exists = checkExists(filePath); !exists)
            return exists;
    }
    if (mode == Database::AccessMode::ReadOnly)
        return {};
    return SqliteFile::prepareForWriting(filePath, mayCreate);
}

// Before the connection is configured: setting SQLite's journal mode would already write to an empty file.
Status checkHoldsARegistry(const SchemaMigrator::Contents& contents, const QString& location)
{
    if (contents.version > 0)
        return {};
    return Error{QCoreApplication::translate("AppKeys::Database", "“%1” holds no AppKeys registry yet.").arg(location),
                 howToCreateARegistry(location)};
}

// SQLite opens any file lazily; reading the schema cookie is what fails on a file that is not a database.
Status checkIsSqliteDatabase(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (query.exec(u"PRAGMA schema_version"_s))
        return {};
    return SchemaMigrator::notAnAppKeysDatabase(db, query.lastError().text());
}

Status checkDriverIsInstalled(const SqlDialect& dialect)
{
    if (QSqlDatabase::isDriverAvailable(dialect.driverName()))
        return {};
    if (dialect.engine() == SqlDialect::Engine::Postgres)
        return Error{QCoreApplication::translate("AppKeys::Database", "The PostgreSQL driver for Qt is not installed."),
                     QCoreApplication::translate("AppKeys::Database",
                                                 "Install the Qt 6 PostgreSQL plugin (on Debian: libqt6sql6-psql).")};
    return Error{QCoreApplication::translate("AppKeys::Database", "The SQLite driver for Qt is not installed."),
                 QCoreApplication::translate("AppKeys::Database",
                                             "Install the Qt 6 SQLite plugin (on Debian: libqt6sql6-sqlite).")};
}

/// Migrates a writable registry; only checks the version of a read-only one, which must not change.
Status prepareSchema(QSqlDatabase& db, Database::AccessMode mode, const SchemaMigrator::Contents& contents)
{
    if (mode == Database::AccessMode::ReadOnly)
        return SchemaMigrator::checkIsCurrent(db, contents);
    return SchemaMigrator::migrate(db, contents);
}

QString newConnectionName(const SqlDialect& dialect)
{
    const QString engine = dialect.engine() == SqlDialect::Engine::Postgres ? u"postgres"_s : u"sqlite"_s;
    return u"appkeys-%1-%2"_s.arg(engine, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

} // namespace

Result<std::shared_ptr<Database>> Database::openSqlite(const QString& filePath, AccessMode mode, IfMissing ifMissing)
{
    const QString absolutePath = QFileInfo(filePath).absoluteFilePath();
    const bool mayCreate = mode == AccessMode::ReadWrite && ifMissing == IfMissing::Create;
    if (Status place = preparePlace(absolutePath, mode, mayCreate); !place)
        return place.error();
    const SqlDialect dialect(SqlDialect::Engine::Sqlite);
    if (Status driver = checkDriverIsInstalled(dialect); !driver)
        return driver.error();
    SqliteLibrary::configure();

    // Owned from here on, so that every early return removes the connection again.
    std::shared_ptr<Database> database(new Database(dialect));
    database->m_connectionName = newConnectionName(dialect);
    database->m_location = absolutePath;
    database->m_accessMode = mode;

    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), database->m_connectionName);
    db.setDatabaseName(absolutePath);
    if (mode == AccessMode::ReadOnly)
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    if (!db.open())
        return Error{
            QCoreApplication::translate("AppKeys::Database", "Could not open the registry “%1”.").arg(absolutePath),
            db.lastError().text()};
    if (Status sqlite = checkIsSqliteDatabase(db); !sqlite)
        return SqliteFile::explainFailedOpen(db, absolutePath, sqlite.error());
    if (Status prepared = database->prepareRegistry(ifMissing); !prepared)
        return SqliteFile::explainFailedOpen(db, absolutePath, prepared.error());
    database->m_warnings = SqliteFile::looseModeWarnings(absolutePath);
    return database;
}

Result<std::shared_ptr<Database>> Database::openPostgres(const QString& url, const QString& password, AccessMode mode,
                                                         IfMissing ifMissing)
{
    const Result<PostgresLocation> location = PostgresLocation::parse(url);
    if (!location)
        return location.error();
    const SqlDialect dialect(SqlDialect::Engine::Postgres);
    if (Status driver = checkDriverIsInstalled(dialect); !driver)
        return driver.error();

    std::shared_ptr<Database> database(new Database(dialect));
    database->m_connectionName = newConnectionName(dialect);
    database->m_location = location.value().canonicalUrl();
    database->m_accessMode = mode;

    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), database->m_connectionName);
    db.setHostName(location.value().host());
    db.setPort(location.value().port());
    db.setDatabaseName(location.value().database());
    db.setUserName(location.value().role());
    db.setPassword(password);
    db.setConnectOptions(location.value().connectOptions());
    if (!db.open())
        return PostgresConnectionError::fromFailedOpen(location.value(), db.lastError());
    if (Status prepared = database->prepareRegistry(ifMissing); !prepared)
        return prepared.error();
    return database;
}

Result<std::shared_ptr<Database>> Database::open(const QString& location, AccessMode mode,
                                                 const QString& postgresPassword, IfMissing ifMissing)
{
    if (location.isEmpty())
        return openSqlite(defaultSqlitePath(), mode, ifMissing);
    if (PostgresLocation::isPostgresUrl(location))
        return openPostgres(location, postgresPassword, mode, ifMissing);
    // A scheme followed by "://"; a Windows path such as C:\Users has no "//" after its colon.
    static const QRegularExpression urlScheme(u"^([A-Za-z][A-Za-z0-9+.-]*)://"_s);
    const QRegularExpressionMatch scheme = urlScheme.match(location);
    if (!scheme.hasMatch())
        return openSqlite(location, mode, ifMissing);

    if (scheme.captured(1).toLower() == u"sqlite"_s) {
        const QUrl url(location, QUrl::StrictMode);
        if (url.isValid() && url.host().isEmpty() && url.path().startsWith(u'/'))
            return openSqlite(url.path(), mode, ifMissing);
    }
    return Error{
        QCoreApplication::translate("AppKeys::Database", "AppKeys cannot open the registry “%1”.")
            .arg(QUrl(location).toDisplayString(QUrl::RemovePassword)), // a mistyped scheme may hide a password
        QCoreApplication::translate("AppKeys::Database",
                                    "Give the path of an SQLite file (for example /srv/appkeys/registry.sqlite), a "
                                    "URL of the form sqlite:///absolute/path/registry.sqlite, or a PostgreSQL URL of "
                                    "the form postgresql://role@host:port/database.")};
}

Result<std::shared_ptr<Database>> Database::openReader() const
{
    std::shared_ptr<Database> reader(new Database(m_dialect));
    reader->m_connectionName = newConnectionName(m_dialect);
    reader->m_location = m_location;
    reader->m_accessMode = AccessMode::ReadOnly;
    reader->m_registryId = m_registryId;
    reader->m_actor = m_actor;
    reader->m_roleMayWrite = m_roleMayWrite;
    reader->m_mayReadCredentialHashes = m_mayReadCredentialHashes;
    // The overload that names the connection: the one that takes a QSqlDatabase may not be called on another thread.
    QSqlDatabase db = QSqlDatabase::cloneDatabase(m_connectionName, reader->m_connectionName);
    if (m_dialect.engine() == SqlDialect::Engine::Sqlite)
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    if (!db.open())
        return Error{
            QCoreApplication::translate("AppKeys::Database", "Could not open the registry “%1” again to read it.")
                .arg(m_location),
            db.lastError().text()};
    if (Status configured = m_dialect.configureConnection(db, true); !configured)
        return configured.error();
    return reader;
}

Status Database::prepareRegistry(IfMissing ifMissing)
{
    QSqlDatabase db = connection();
    const Result<SchemaMigrator::Contents> contents = SchemaMigrator::readContents(db);
    if (!contents)
        return contents.error();
    if (Status appKeys = SchemaMigrator::checkIsAppKeysDatabase(db, contents.value()); !appKeys)
        return appKeys;
    // Neither a read-only open nor one that must not create a registry may find an empty database.
    if (ifMissing == IfMissing::Refuse || isReadOnly()) {
        if (Status registry = checkHoldsARegistry(contents.value(), m_location); !registry)
            return registry;
    }
    // Applied only to an AppKeys database, because SQLite's journal mode stays with the file.
    if (Status configured = m_dialect.configureConnection(db, isReadOnly()); !configured)
        return configured;
    if (Status schema = prepareSchema(db, m_accessMode, contents.value()); !schema)
        return schema;
    const Result<SqlDialect::Session> session = m_dialect.readSession(db);
    if (!session)
        return session.error();
    m_registryId = session.value().registryId;
    m_actor = session.value().actor;
    m_roleMayWrite = session.value().mayWrite;
    m_mayReadCredentialHashes = session.value().mayReadCredentialHashes;
    return {};
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

void Database::reportCommittedHead() const
{
    if (!m_headListener)
        return;
    // The change is committed whatever happens here; a head that cannot be read is simply not reported.
    if (const Result<AuditCheckpoint> head = AuditLog::headOf(connection(), m_registryId))
        m_headListener(head.value());
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

} // namespace AppKeys
