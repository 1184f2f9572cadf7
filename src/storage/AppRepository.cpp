#include "AppRepository.h"

#include "AppSelection.h"

#include "AppChanges.h"
#include "AppNameKey.h"
#include "AuditLog.h"
#include "CredentialFormat.h"
#include "Database.h"
#include "ErrorCode.h"
#include "RepositoryQuery.h"
#include "SharedStrings.h"
#include "SqlDialect.h"
#include "SqlRows.h"
#include "SqlText.h"
#include "SqlTime.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantMap>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

const QString PostLogoutKind = u"post_logout"_s;
const QString PostLoginKind = u"post_login"_s;
const QString ActiveStatus = u"active"_s;
const QString InactiveStatus = u"inactive"_s;

Error appNotFound(const QString& applicationId)
{
    return Error{AppRepository::tr("There is no app with the Application ID %1.").arg(applicationId),
                 AppRepository::tr("It may have been deleted; refresh the list."), ErrorCode::NotFound};
}

Error nameTaken(const QString& name)
{
    return Error{AppRepository::tr("An app named “%1” already exists.").arg(name.trimmed()),
                 AppRepository::tr("Choose another name."), ErrorCode::NameTaken};
}

Status insertAppRow(const QSqlDatabase& db, const AppRecord& app)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO apps (application_id, name, name_key, uri, description, login_user_type, source_app,"
                  "  auth_method, secret_sha256, secret_hint, status, created_by, created_at, updated_at, row_version)"
                  " VALUES (:application_id, :name, :name_key, :uri, :description, :login_user_type, :source_app,"
                  "  :auth_method, :secret_sha256, :secret_hint, :status, :created_by, :created_at, :updated_at,"
                  "  :row_version)"_s);
    query.bindValue(u":application_id"_s, app.applicationId);
    query.bindValue(u":name"_s, app.details.name.trimmed());
    query.bindValue(u":name_key"_s, AppNameKey::of(app.details.name));
    query.bindValue(u":uri"_s, app.details.uri);
    query.bindValue(u":description"_s, SqlText::nonNull(app.details.description));
    query.bindValue(u":login_user_type"_s, toStorageString(app.details.loginUserType));
    query.bindValue(u":source_app"_s, toStorageString(app.details.sourceApp));
    query.bindValue(u":auth_method"_s, toStorageString(app.scope.authMethod));
    query.bindValue(u":secret_sha256"_s, app.secretSha256);
    query.bindValue(u":secret_hint"_s, app.secretHint);
    query.bindValue(u":status"_s, app.active ? ActiveStatus : InactiveStatus);
    query.bindValue(u":created_by"_s, app.createdBy);
    query.bindValue(u":created_at"_s, SqlTime::toValue(app.createdAt));
    query.bindValue(u":updated_at"_s, SqlTime::toValue(app.createdAt));
    query.bindValue(u":row_version"_s, app.rowVersion);
    if (query.exec())
        return {};
    // The one unique index a new app can meet, short of a UUID collision: apps_live_name_key.
    const SqlDialect dialect = SqlDialect::of(query);
    if (dialect.isUniqueViolation(query.lastError()))
        return nameTaken(app.details.name);
    return dialect.statementError(query.lastError(),
                                  AppRepository::tr("Could not save the app “%1”.").arg(app.details.name.trimmed()));
}

Status insertRedirectUrls(const QSqlDatabase& db, const QString& applicationId, const QString& kind,
                          const QStringList& urls)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO app_redirect_urls (application_id, kind, position, url)"
                  " VALUES (:application_id, :kind, :position, :url)"_s);
    for (qsizetype position = 0; position < urls.size(); ++position) {
        query.bindValue(u":application_id"_s, applicationId);
        query.bindValue(u":kind"_s, kind);
        query.bindValue(u":position"_s, position);
        query.bindValue(u":url"_s, urls.at(position));
        if (Status inserted = RepositoryQuery::exec(
                query, AppRepository::tr("Could not save the redirect URL “%1”.").arg(urls.at(position)));
            !inserted)
            return inserted;
    }
    return {};
}

Status insertAllRedirectUrls(const QSqlDatabase& db, const QString& applicationId, const AppDetails& details)
{
    if (Status urls = insertRedirectUrls(db, applicationId, PostLogoutKind, details.postLogoutRedirectUrls); !urls)
        return urls;
    return insertRedirectUrls(db, applicationId, PostLoginKind, details.postLoginRedirectUrls);
}

Status insertPermissions(const QSqlDatabase& db, const QString& applicationId, const QStringList& permissionIds)
{
    QSqlQuery query(db);
    query.prepare(
        u"INSERT INTO app_permissions (application_id, permission_id) VALUES (:application_id, :permission)"_s);
    for (const QString& permissionId : permissionIds) {
        query.bindValue(u":application_id"_s, applicationId);
        query.bindValue(u":permission"_s, permissionId);
        if (Status inserted = RepositoryQuery::exec(
                query, AppRepository::tr("Could not save the permission “%1”.").arg(permissionId));
            !inserted)
            return inserted;
    }
    return {};
}

Status insertAppWithChildren(const QSqlDatabase& db, const AppRecord& app)
{
    if (Status row = insertAppRow(db, app); !row)
        return row;
    if (Status urls = insertAllRedirectUrls(db, app.applicationId, app.details); !urls)
        return urls;
    return insertPermissions(db, app.applicationId, app.scope.permissionIds);
}

/// Removes an app's rows from a child table, before they are written again.
Status deleteChildren(const QSqlDatabase& db, const QString& table, const QString& applicationId)
{
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM %1 WHERE application_id = :application_id"_s.arg(table));
    query.bindValue(u":application_id"_s, applicationId);
    return RepositoryQuery::exec(query, AppRepository::tr("Could not save the changes to the registry."));
}

/// Sets `columns` of a live app, with updated_at and one more row version: every change to the row goes through
/// here, so that an edit started before it is recognised as a conflict. Callers hold the write lock, so the row is
/// as they read it.
Status updateAppRow(const QSqlDatabase& db, const QString& applicationId, const QDateTime& now,
                    const QVariantMap& columns)
{
    QStringList assignments;
    for (auto column = columns.cbegin(); column != columns.cend(); ++column)
        assignments.append(u"%1 = :%1"_s.arg(column.key()));
    QSqlQuery query(db);
    query.prepare(u"UPDATE apps SET %1, updated_at = :updated_at, row_version = row_version + 1"
                  " WHERE application_id = :application_id AND deleted_at IS NULL"_s.arg(assignments.join(u", "_s)));
    for (auto column = columns.cbegin(); column != columns.cend(); ++column)
        query.bindValue(u":"_s + column.key(), column.value());
    query.bindValue(u":updated_at"_s, SqlTime::toValue(now));
    query.bindValue(u":application_id"_s, applicationId);
    return RepositoryQuery::exec(query, AppRepository::tr("Could not save the changes to the registry."));
}

Error unknownValue(const QString& column, const QString& value)
{
    return Error{AppRepository::tr("The registry holds an unknown %1 “%2”.").arg(column, value),
                 AppRepository::tr("It may have been written by a newer version of AppKeys.")};
}

/// The columns of appColumns(), in its order: a row is read by position, as a value read by name looks the name up
/// in a new copy of the row's record (6 % of `list --json`'s instructions).
enum AppColumn : int
{
    ApplicationIdColumn,
    NameColumn,
    UriColumn,
    DescriptionColumn,
    LoginUserTypeColumn,
    SourceAppColumn,
    AuthMethodColumn,
    SecretSha256Column,
    SecretHintColumn,
    StatusColumn,
    CreatedByColumn,
    CreatedAtColumn,
    RowVersionColumn,
    DeletedAtColumn
};

template <typename Enum>
Result<Enum> parseEnum(const SqlRows& row, AppColumn position, const QString& column,
                       std::optional<Enum> (*fromStorageString)(const QString&))
{
    const QString text = row.text(position);
    if (const std::optional<Enum> value = fromStorageString(text))
        return *value;
    return unknownValue(column, text);
}

/// The text read as UTF-8 (SqlDialect::asUtf8): `list --json` reads every app.
QString appColumns(const SqlDialect& dialect, bool withHashes)
{
    return dialect.asUtf8({u"application_id"_s, u"name"_s, u"uri"_s, u"description"_s, u"login_user_type"_s,
                           u"source_app"_s, u"auth_method"_s, withHashes ? u"secret_sha256"_s : u"''"_s,
                           u"secret_hint"_s, u"status"_s, u"created_by"_s, u"created_at"_s}) +
           u", row_version, deleted_at"_s;
}

Result<AppRecord> appFromRow(const SqlRows& row)
{
    const Result<LoginUserType> loginUserType =
        parseEnum<LoginUserType>(row, LoginUserTypeColumn, u"login_user_type"_s, loginUserTypeFromStorageString);
    if (!loginUserType)
        return loginUserType.error();
    const Result<SourceApp> sourceApp =
        parseEnum<SourceApp>(row, SourceAppColumn, u"source_app"_s, sourceAppFromStorageString);
    if (!sourceApp)
        return sourceApp.error();
    const Result<AuthMethod> authMethod =
        parseEnum<AuthMethod>(row, AuthMethodColumn, u"auth_method"_s, authMethodFromStorageString);
    if (!authMethod)
        return authMethod.error();

    AppRecord app;
    app.applicationId = row.text(ApplicationIdColumn);
    app.details.name = row.text(NameColumn);
    app.details.uri = row.text(UriColumn);
    app.details.description = row.text(DescriptionColumn);
    app.details.loginUserType = loginUserType.value();
    app.details.sourceApp = sourceApp.value();
    app.scope.authMethod = authMethod.value();
    app.secretSha256 = row.text(SecretSha256Column);
    app.secretHint = row.text(SecretHintColumn);
    app.active = row.text(StatusColumn) == ActiveStatus;
    app.createdBy = row.text(CreatedByColumn);
    app.createdAt = row.time(CreatedAtColumn);
    app.rowVersion = int(row.integer(RowVersionColumn));
    app.deleted = !row.isNull(DeletedAtColumn);
    return app;
}

/// Adds their redirect URLs and permissions to the apps in `appsById`.
Status attachChildren(const QSqlDatabase& db, const AppSelection& selection, QHash<QString, AppRecord*>& appsById)
{
    const QString& appFilter = selection.condition();
    const SqlDialect dialect = SqlDialect::of(db);
    SqlRows urls(db, u"SELECT %1 FROM app_redirect_urls u JOIN apps ON apps.application_id = u.application_id"
                     " WHERE %2 ORDER BY %3, u.kind, u.position"_s.arg(
                         dialect.asUtf8({u"u.application_id"_s, u"u.kind"_s, u"u.url"_s}), appFilter,
                         AppSelection::appByApp(dialect)));
    selection.bind(urls);
    if (!urls.exec())
        return RepositoryQuery::readError(urls);
    while (urls.next()) {
        AppRecord* app = appsById.value(urls.text(0));
        if (!app)
            continue;
        QStringList& list =
            urls.text(1) == PostLogoutKind ? app->details.postLogoutRedirectUrls : app->details.postLoginRedirectUrls;
        list.append(urls.text(2));
    }
    if (urls.failed())
        return RepositoryQuery::readError(urls);

    SqlRows permissions(db, u"SELECT %1 FROM app_permissions p JOIN apps ON apps.application_id = p.application_id"
                            " WHERE %2 ORDER BY %3, p.permission_id"_s.arg(
                                dialect.asUtf8({u"p.application_id"_s, u"p.permission_id"_s}), appFilter,
                                AppSelection::appByApp(dialect)));
    selection.bind(permissions);
    if (!permissions.exec())
        return RepositoryQuery::readError(permissions);
    SharedStrings permissionIds;
    while (permissions.next()) {
        if (AppRecord* app = appsById.value(permissions.text(0)))
            app->scope.permissionIds.append(permissionIds.shared(permissions.text(1)));
    }
    if (permissions.failed())
        return RepositoryQuery::readError(permissions);
    return {};
}

/// The selected apps, newest first, complete with their URLs and permissions; with `withHashes` false (a role that may
/// not read the hash column, Database::mayReadCredentialHashes), each with an empty secret hash.
Result<QList<AppRecord>> selectApps(const QSqlDatabase& db, const AppSelection& selection, bool withHashes,
                                    bool withChildren = true)
{
    SqlRows rows(db, u"SELECT %1 FROM apps %2"_s.arg(appColumns(SqlDialect::of(db), withHashes), selection.listing()));
    selection.bind(rows);
    if (!rows.exec())
        return RepositoryQuery::readError(rows);

    QList<AppRecord> apps;
    SharedStrings creators;
    while (rows.next()) {
        Result<AppRecord> app = appFromRow(rows);
        if (!app)
            return app.error();
        app.value().createdBy = creators.shared(app.value().createdBy);
        apps.append(std::move(app).value());
    }
    if (rows.failed())
        return RepositoryQuery::readError(rows);
    if (!withChildren)
        return apps;
    QHash<QString, AppRecord*> appsById;
    for (AppRecord& app : apps)
        appsById.insert(app.applicationId, &app);
    if (Status children = attachChildren(db, selection, appsById); !children)
        return children.error();
    return apps;
}

/// Without the hash by default: the writes that read an app need none, and so a role that may not read the hash column
/// (a PostgreSQL support role) is refused by the server at its first write, as read-only access.
Result<AppRecord> selectLiveApp(const QSqlDatabase& db, const QString& applicationId, bool withHashes = false)
{
    Result<QList<AppRecord>> apps = selectApps(db, AppSelection::one(applicationId), withHashes);
    if (!apps)
        return apps.error();
    if (apps.value().isEmpty())
        return appNotFound(applicationId);
    return apps.value().constFirst();
}

Result<bool> isNameTakenIn(const QSqlDatabase& db, const QString& name, const QString& exceptApplicationId)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT COUNT(*) FROM apps WHERE name_key = :name_key AND deleted_at IS NULL"
                  " AND application_id <> :except"_s);
    query.bindValue(u":name_key"_s, AppNameKey::of(name));
    query.bindValue(u":except"_s, SqlText::nonNull(exceptApplicationId));
    if (!query.exec() || !query.next())
        return RepositoryQuery::readError(query);
    return query.value(0).toInt() > 0;
}

Status checkRevisionIs(const AppRecord& stored, int expectedRowVersion, const QStringList& differingStoredValues)
{
    if (stored.rowVersion == expectedRowVersion)
        return {};
    return Error{AppChanges::conflictMessage(stored.rowVersion, differingStoredValues), {}, ErrorCode::Conflict};
}

} // namespace

AppRepository::AppRepository(std::shared_ptr<Database> database, std::shared_ptr<const Clock> clock)
    : m_database(std::move(database)), m_clock(std::move(clock))
{
}

Result<bool> AppRepository::isNameTaken(const QString& name, const QString& exceptApplicationId) const
{
    return isNameTakenIn(m_database->connection(), name, exceptApplicationId);
}

Status AppRepository::insertApp(const AppRecord& app)
{
    return RepositoryQuery::writeInTransaction(*m_database, AuditAction::AppCreated, [&](QSqlDatabase& db) {
        if (Status rows = insertAppWithChildren(db, app); !rows)
            return rows;
        QJsonObject details = AppChanges::created(app);
        details.insert(u"secret_fingerprint"_s, CredentialFormat::fingerprint(app.secretSha256));
        details.insert(u"secret_hint"_s, app.secretHint);
        return AuditLog::appendInTransaction(db, m_database->actor(), m_clock->nowUtc(), AuditAction::AppCreated,
                                             app.applicationId, {}, details);
    });
}

Status AppRepository::updateDetails(const QString& applicationId, int expectedRowVersion, const AppDetails& details)
{
    const QDateTime now = m_clock->nowUtc();
    return RepositoryQuery::writeInTransaction(*m_database, AuditAction::DetailsEdited, [&](QSqlDatabase& db) {
        const Result<AppRecord> stored = selectLiveApp(db, applicationId);
        if (!stored)
            return Status(stored.error());
        if (Status current = checkRevisionIs(stored.value(), expectedRowVersion,
                                             AppChanges::differingStoredDetails(stored.value().details, details));
            !current)
            return current;
        const QJsonObject changes = AppChanges::detailsChanges(stored.value().details, details);
        if (changes.isEmpty())
            return Status();
        const Result<bool> taken = isNameTakenIn(db, details.name, applicationId);
        if (!taken)
            return Status(taken.error());
        if (taken.value())
            return Status(nameTaken(details.name));

        const QVariantMap columns{{u"name"_s, details.name.trimmed()},
                                  {u"name_key"_s, AppNameKey::of(details.name)},
                                  {u"uri"_s, details.uri},
                                  {u"description"_s, SqlText::nonNull(details.description)},
                                  {u"login_user_type"_s, toStorageString(details.loginUserType)},
                                  {u"source_app"_s, toStorageString(details.sourceApp)}};
        if (Status updated = updateAppRow(db, applicationId, now, columns); !updated)
            return updated;
        if (Status cleared = deleteChildren(db, u"app_redirect_urls"_s, applicationId); !cleared)
            return cleared;
        if (Status urls = insertAllRedirectUrls(db, applicationId, details); !urls)
            return urls;
        return AuditLog::appendInTransaction(db, m_database->actor(), now, AuditAction::DetailsEdited, applicationId,
                                             {}, QJsonObject{{u"changes"_s, changes}});
    });
}

Status AppRepository::updateScope(const QString& applicationId, int expectedRowVersion, const AppScope& scope)
{
    const QDateTime now = m_clock->nowUtc();
    return RepositoryQuery::writeInTransaction(*m_database, AuditAction::ScopeEdited, [&](QSqlDatabase& db) {
        const Result<AppRecord> stored = selectLiveApp(db, applicationId);
        if (!stored)
            return Status(stored.error());
        if (Status current = checkRevisionIs(stored.value(), expectedRowVersion,
                                             AppChanges::differingStoredScope(stored.value().scope, scope));
            !current)
            return current;
        const QJsonObject changes = AppChanges::scopeChanges(stored.value().scope, scope);
        if (changes.isEmpty())
            return Status();

        if (Status updated =
                updateAppRow(db, applicationId, now, {{u"auth_method"_s, toStorageString(scope.authMethod)}});
            !updated)
            return updated;
        if (Status cleared = deleteChildren(db, u"app_permissions"_s, applicationId); !cleared)
            return cleared;
        if (Status permissions = insertPermissions(db, applicationId, scope.permissionIds); !permissions)
            return permissions;
        return AuditLog::appendInTransaction(db, m_database->actor(), now, AuditAction::ScopeEdited, applicationId, {},
                                             changes);
    });
}

Status AppRepository::replaceSecret(const QString& applicationId, const QString& secretSha256,
                                    const QString& secretHint)
{
    const QDateTime now = m_clock->nowUtc();
    return RepositoryQuery::writeInTransaction(*m_database, AuditAction::SecretRegenerated, [&](QSqlDatabase& db) {
        const Result<AppRecord> app = selectLiveApp(db, applicationId);
        if (!app)
            return Status(app.error());
        if (Status updated = updateAppRow(db, applicationId, now,
                                          {{u"secret_sha256"_s, secretSha256}, {u"secret_hint"_s, secretHint}});
            !updated)
            return updated;
        const QJsonObject details{{u"old_secret_hint"_s, app.value().secretHint},
                                  {u"secret_hint"_s, secretHint},
                                  {u"secret_fingerprint"_s, CredentialFormat::fingerprint(secretSha256)}};
        return AuditLog::appendInTransaction(db, m_database->actor(), now, AuditAction::SecretRegenerated,
                                             applicationId, {}, details);
    });
}

Status AppRepository::setActive(const QString& applicationId, bool active)
{
    const QDateTime now = m_clock->nowUtc();
    const AuditAction action = active ? AuditAction::AppReactivated : AuditAction::AppDeactivated;
    return RepositoryQuery::writeInTransaction(*m_database, action, [&](QSqlDatabase& db) {
        const Result<AppRecord> app = selectLiveApp(db, applicationId);
        if (!app)
            return Status(app.error());
        if (app.value().active == active)
            return Status(Error{(active ? AppRepository::tr("The app “%1” is already active.")
                                        : AppRepository::tr("The app “%1” is already deactivated."))
                                    .arg(app.value().details.name),
                                {},
                                ErrorCode::InvalidInput});
        if (Status updated =
                updateAppRow(db, applicationId, now, {{u"status"_s, active ? ActiveStatus : InactiveStatus}});
            !updated)
            return updated;
        return AuditLog::appendInTransaction(db, m_database->actor(), now, action, applicationId, {}, {});
    });
}

Status AppRepository::markDeleted(const QString& applicationId)
{
    const QDateTime now = m_clock->nowUtc();
    return RepositoryQuery::writeInTransaction(*m_database, AuditAction::AppDeleted, [&](QSqlDatabase& db) {
        const Result<AppRecord> app = selectLiveApp(db, applicationId);
        if (!app)
            return Status(app.error());
        if (Status updated = updateAppRow(db, applicationId, now, {{u"deleted_at"_s, SqlTime::toValue(now)}}); !updated)
            return updated;
        return AuditLog::appendInTransaction(db, m_database->actor(), now, AuditAction::AppDeleted, applicationId, {},
                                             QJsonObject{{u"name"_s, app.value().details.name}});
    });
}

Status AppRepository::recordSecretRead(const QString& applicationId)
{
    const QDateTime now = m_clock->nowUtc();
    return RepositoryQuery::writeInTransaction(*m_database, AuditAction::SecretRevealed, [&](QSqlDatabase& db) {
        const Result<AppRecord> app = selectLiveApp(db, applicationId);
        if (!app)
            return Status(app.error());
        return AuditLog::appendInTransaction(db, m_database->actor(), now, AuditAction::SecretRevealed, applicationId,
                                             {}, QJsonObject{{u"secret_hint"_s, app.value().secretHint}});
    });
}

Status AppRepository::recordKeychainEntryRemoved(const QString& applicationId, const QString& entryKey)
{
    const QDateTime now = m_clock->nowUtc();
    return RepositoryQuery::writeInTransaction(*m_database, AuditAction::KeychainEntryRemoved, [&](QSqlDatabase& db) {
        return AuditLog::appendInTransaction(db, m_database->actor(), now, AuditAction::KeychainEntryRemoved,
                                             applicationId, {}, QJsonObject{{u"entry"_s, entryKey}});
    });
}

Result<QList<AppRecord>> AppRepository::listApps(const AppSelection& selection) const
{
    return selectApps(m_database->connection(), selection, m_database->mayReadCredentialHashes());
}

Result<QList<AppRecord>> AppRepository::listAppsWithoutScope(const AppSelection& selection) const
{
    return selectApps(m_database->connection(), selection, m_database->mayReadCredentialHashes(), false);
}

Result<QStringList> AppRepository::listIds(const AppSelection& selection) const
{
    QStringList ids;
    if (Status read = forEachId(selection, [&ids](const QString& id) { ids.append(id); }); !read)
        return read.error();
    return ids;
}

Status AppRepository::forEachId(const AppSelection& selection, const std::function<void(const QString&)>& visit) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT application_id FROM apps %1"_s.arg(selection.listing()));
    selection.bind(query);
    if (!query.exec())
        return RepositoryQuery::readError(query);
    while (query.next())
        visit(query.value(0).toString());
    return {};
}

Result<std::optional<QString>> AppRepository::idAt(const AppSelection& selection, qsizetype offset) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT application_id FROM apps WHERE %1 ORDER BY %2 LIMIT 1 OFFSET %3"_s
                      .arg(selection.condition(), AppSelection::listingOrder())
                      .arg(offset));
    selection.bind(query);
    if (!query.exec())
        return RepositoryQuery::readError(query);
    if (!query.next())
        return std::optional<QString>();
    return std::optional(query.value(0).toString());
}

Result<qint64> AppRepository::countApps(const AppSelection& selection) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT COUNT(*) FROM apps WHERE %1"_s.arg(selection.condition()));
    selection.bind(query);
    if (!query.exec() || !query.next())
        return RepositoryQuery::readError(query);
    return query.value(0).toLongLong();
}

Result<QList<AppRecord>> AppRepository::listEveryApp(const AppIdRange& range) const
{
    return selectApps(m_database->connection(), AppSelection::everyApp(range), m_database->mayReadCredentialHashes());
}

Result<AppRecord> AppRepository::findApp(const QString& applicationId) const
{
    return selectLiveApp(m_database->connection(), applicationId, m_database->mayReadCredentialHashes());
}

Result<std::optional<QString>> AppRepository::storedSecretSha256(const QString& applicationId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT secret_sha256 FROM apps WHERE application_id = :application_id"_s);
    query.bindValue(u":application_id"_s, applicationId);
    if (!query.exec())
        return RepositoryQuery::readError(query);
    if (!query.next())
        return std::optional<QString>();
    return std::optional(query.value(0).toString());
}

Result<bool> AppRepository::isDeleted(const QString& applicationId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT COUNT(*) FROM apps WHERE application_id = :application_id AND deleted_at IS NOT NULL"_s);
    query.bindValue(u":application_id"_s, applicationId);
    if (!query.exec() || !query.next())
        return RepositoryQuery::readError(query);
    return query.value(0).toInt() > 0;
}

Result<AppRecord> AppRepository::liveAppIn(const QSqlDatabase& db, const QString& applicationId)
{
    return selectLiveApp(db, applicationId);
}

Result<AppRecord> AppRepository::findAppByIdOrName(const QString& idOrName) const
{
    QSqlQuery query(m_database->connection());
    // Two lookups, each on its own index: with "id = :id OR name_key = :k" SQLite scans the whole table.
    query.prepare(u"SELECT application_id FROM apps WHERE deleted_at IS NULL AND application_id = :id"
                  " UNION ALL"
                  " SELECT application_id FROM apps WHERE deleted_at IS NULL AND name_key = :name_key"_s);
    query.bindValue(u":id"_s, idOrName.trimmed());
    query.bindValue(u":name_key"_s, AppNameKey::of(idOrName));
    if (!query.exec())
        return RepositoryQuery::readError(query);
    if (!query.next())
        return Error{AppRepository::tr("There is no app named or with the Application ID “%1”.").arg(idOrName),
                     AppRepository::tr("List the apps to see their names and ids."), ErrorCode::NotFound};
    return findApp(query.value(0).toString());
}

} // namespace AppKeys
