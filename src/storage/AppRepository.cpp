#include "AppRepository.h"

#include "AppChanges.h"
#include "AuditLog.h"
#include "Database.h"
#include "ErrorCode.h"
#include "SqlDialect.h"
#include "SqlText.h"
#include "SqlTime.h"
#include "WriteTransaction.h"

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

/// The form a name is compared in: trimmed and case-folded, so "Booking" and "BOOKING " collide.
QString nameKey(const QString& name)
{
    return name.trimmed().toCaseFolded();
}

Error readError(const QSqlQuery& query)
{
    return Error{AppRepository::tr("Could not read the registry."), query.lastError().text()};
}

/// Runs a write; a refusal by a database that may only be read is ErrorCode::ReadOnly (see SqlDialect).
Status exec(QSqlQuery& query, const QString& failureMessage)
{
    if (query.exec())
        return {};
    return SqlDialect::of(query).statementError(query.lastError(), failureMessage);
}

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

/// One write: refused at once in a read-only registry, otherwise run in a write transaction on the connection.
Status writeInTransaction(const Database& database, AuditAction action,
                          const std::function<Status(QSqlDatabase& db)>& write)
{
    if (Status writable = database.checkWritable(action); !writable)
        return writable;
    QSqlDatabase db = database.connection();
    return WriteTransaction::run(db, [&] { return write(db); });
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
    query.bindValue(u":name_key"_s, nameKey(app.details.name));
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
        if (Status inserted =
                exec(query, AppRepository::tr("Could not save the redirect URL “%1”.").arg(urls.at(position)));
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
        if (Status inserted = exec(query, AppRepository::tr("Could not save the permission “%1”.").arg(permissionId));
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
    return exec(query, AppRepository::tr("Could not save the changes to the registry."));
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
    return exec(query, AppRepository::tr("Could not save the changes to the registry."));
}

Error unknownValue(const QString& column, const QString& value)
{
    return Error{AppRepository::tr("The registry holds an unknown %1 “%2”.").arg(column, value),
                 AppRepository::tr("It may have been written by a newer version of AppKeys.")};
}

template <typename Enum>
Result<Enum> parseEnum(const QSqlQuery& query, const QString& column,
                       std::optional<Enum> (*fromStorageString)(const QString&))
{
    const QString text = query.value(column).toString();
    if (const std::optional<Enum> value = fromStorageString(text))
        return *value;
    return unknownValue(column, text);
}

const QString AppColumns = u"application_id, name, uri, description, login_user_type, source_app, auth_method,"
                           " secret_sha256, secret_hint, status, created_by, created_at, row_version"_s;

Result<AppRecord> appFromRow(const QSqlQuery& query)
{
    const Result<LoginUserType> loginUserType =
        parseEnum<LoginUserType>(query, u"login_user_type"_s, loginUserTypeFromStorageString);
    if (!loginUserType)
        return loginUserType.error();
    const Result<SourceApp> sourceApp = parseEnum<SourceApp>(query, u"source_app"_s, sourceAppFromStorageString);
    if (!sourceApp)
        return sourceApp.error();
    const Result<AuthMethod> authMethod = parseEnum<AuthMethod>(query, u"auth_method"_s, authMethodFromStorageString);
    if (!authMethod)
        return authMethod.error();

    AppRecord app;
    app.applicationId = query.value(u"application_id"_s).toString();
    app.details.name = query.value(u"name"_s).toString();
    app.details.uri = query.value(u"uri"_s).toString();
    app.details.description = query.value(u"description"_s).toString();
    app.details.loginUserType = loginUserType.value();
    app.details.sourceApp = sourceApp.value();
    app.scope.authMethod = authMethod.value();
    app.secretSha256 = query.value(u"secret_sha256"_s).toString();
    app.secretHint = query.value(u"secret_hint"_s).toString();
    app.active = query.value(u"status"_s).toString() == ActiveStatus;
    app.createdBy = query.value(u"created_by"_s).toString();
    app.createdAt = SqlTime::fromValue(query.value(u"created_at"_s));
    app.rowVersion = query.value(u"row_version"_s).toInt();
    return app;
}

/// The live apps, or only the one with this id.
QString liveAppsFilter(const std::optional<QString>& onlyApplicationId)
{
    return onlyApplicationId ? u"apps.deleted_at IS NULL AND apps.application_id = :application_id"_s
                             : u"apps.deleted_at IS NULL"_s;
}

void bindApplicationId(QSqlQuery& query, const std::optional<QString>& onlyApplicationId)
{
    if (onlyApplicationId)
        query.bindValue(u":application_id"_s, *onlyApplicationId);
}

/// Adds their redirect URLs and permissions to the apps in `appsById`.
Status attachChildren(const QSqlDatabase& db, const std::optional<QString>& onlyApplicationId,
                      QHash<QString, AppRecord*>& appsById)
{
    const QString appFilter = liveAppsFilter(onlyApplicationId);
    QSqlQuery urls(db);
    urls.prepare(u"SELECT u.application_id, u.kind, u.url FROM app_redirect_urls u"
                 " JOIN apps ON apps.application_id = u.application_id WHERE %1"
                 " ORDER BY u.application_id, u.kind, u.position"_s.arg(appFilter));
    bindApplicationId(urls, onlyApplicationId);
    if (!urls.exec())
        return readError(urls);
    while (urls.next()) {
        AppRecord* app = appsById.value(urls.value(0).toString());
        if (!app)
            continue;
        QStringList& list = urls.value(1).toString() == PostLogoutKind ? app->details.postLogoutRedirectUrls
                                                                       : app->details.postLoginRedirectUrls;
        list.append(urls.value(2).toString());
    }

    QSqlQuery permissions(db);
    permissions.prepare(u"SELECT p.application_id, p.permission_id FROM app_permissions p"
                        " JOIN apps ON apps.application_id = p.application_id WHERE %1"
                        " ORDER BY p.application_id, p.permission_id"_s.arg(appFilter));
    bindApplicationId(permissions, onlyApplicationId);
    if (!permissions.exec())
        return readError(permissions);
    while (permissions.next()) {
        if (AppRecord* app = appsById.value(permissions.value(0).toString()))
            app->scope.permissionIds.append(permissions.value(1).toString());
    }
    return {};
}

/// The live apps (or only one), newest first, complete with their URLs and permissions.
Result<QList<AppRecord>> selectApps(const QSqlDatabase& db, const std::optional<QString>& onlyApplicationId)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT %1 FROM apps WHERE %2 ORDER BY created_at DESC, application_id"_s.arg(
        AppColumns, liveAppsFilter(onlyApplicationId)));
    bindApplicationId(query, onlyApplicationId);
    if (!query.exec())
        return readError(query);

    QList<AppRecord> apps;
    while (query.next()) {
        Result<AppRecord> app = appFromRow(query);
        if (!app)
            return app.error();
        apps.append(std::move(app).value());
    }
    QHash<QString, AppRecord*> appsById;
    for (AppRecord& app : apps)
        appsById.insert(app.applicationId, &app);
    if (Status children = attachChildren(db, onlyApplicationId, appsById); !children)
        return children.error();
    return apps;
}

Result<AppRecord> selectLiveApp(const QSqlDatabase& db, const QString& applicationId)
{
    Result<QList<AppRecord>> apps = selectApps(db, applicationId);
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
    query.bindValue(u":name_key"_s, nameKey(name));
    query.bindValue(u":except"_s, SqlText::nonNull(exceptApplicationId));
    if (!query.exec() || !query.next())
        return readError(query);
    return query.value(0).toInt() > 0;
}

const QString KeyColumns = u"api_keys.key_id, api_keys.application_id, api_keys.key_sha256, api_keys.key_hint,"
                           " api_keys.created_by, api_keys.created_at, api_keys.expires_at, api_keys.revoked_at"_s;

KeyRecord keyFromRow(const QSqlQuery& query)
{
    KeyRecord key;
    key.keyId = query.value(0).toString();
    key.applicationId = query.value(1).toString();
    key.keySha256 = query.value(2).toString();
    key.keyHint = query.value(3).toString();
    key.createdBy = query.value(4).toString();
    key.createdAt = SqlTime::fromValue(query.value(5));
    key.expiresAt = SqlTime::fromValue(query.value(6));
    key.revokedAt = SqlTime::fromValue(query.value(7));
    return key;
}

Result<QList<KeyRecord>> selectKeys(QSqlQuery& query)
{
    if (!query.exec())
        return readError(query);
    QList<KeyRecord> keys;
    while (query.next())
        keys.append(keyFromRow(query));
    return keys;
}

Result<KeyRecord> selectKeyOfApp(const QSqlDatabase& db, const QString& applicationId, const QString& keyId)
{
    QSqlQuery query(db);
    query.prepare(
        u"SELECT %1 FROM api_keys WHERE application_id = :application_id AND key_id = :key_id"_s.arg(KeyColumns));
    query.bindValue(u":application_id"_s, applicationId);
    query.bindValue(u":key_id"_s, keyId);
    const Result<QList<KeyRecord>> keys = selectKeys(query);
    if (!keys)
        return keys.error();
    if (keys.value().isEmpty())
        return Error{AppRepository::tr("This app has no API key with the id %1.").arg(keyId),
                     AppRepository::tr("It may have been changed meanwhile; refresh the list."), ErrorCode::NotFound};
    return keys.value().constFirst();
}

/// Live keys of an app at `now` (neither revoked nor expired), not counting `exceptKeyId`. Asked inside the write
/// transaction, so that two windows cannot both add a key past the limit.
Result<int> countLiveKeys(const QSqlDatabase& db, const QString& applicationId, const QDateTime& now,
                          const QString& exceptKeyId = {})
{
    QSqlQuery query(db);
    query.prepare(u"SELECT COUNT(*) FROM api_keys WHERE application_id = :application_id AND key_id <> :except"
                  " AND (revoked_at IS NULL OR revoked_at > :now) AND expires_at > :now"_s);
    query.bindValue(u":application_id"_s, applicationId);
    query.bindValue(u":except"_s, SqlText::nonNull(exceptKeyId));
    query.bindValue(u":now"_s, SqlTime::toValue(now));
    if (!query.exec() || !query.next())
        return readError(query);
    return query.value(0).toInt();
}

Status insertKeyRow(const QSqlDatabase& db, const KeyRecord& key)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO api_keys (key_id, application_id, key_sha256, key_hint, created_by, created_at,"
                  "  expires_at, revoked_at)"
                  " VALUES (:key_id, :application_id, :key_sha256, :key_hint, :created_by, :created_at,"
                  "  :expires_at, :revoked_at)"_s);
    query.bindValue(u":key_id"_s, key.keyId);
    query.bindValue(u":application_id"_s, key.applicationId);
    query.bindValue(u":key_sha256"_s, key.keySha256);
    query.bindValue(u":key_hint"_s, key.keyHint);
    query.bindValue(u":created_by"_s, key.createdBy);
    query.bindValue(u":created_at"_s, SqlTime::toValue(key.createdAt));
    query.bindValue(u":expires_at"_s, SqlTime::toValue(key.expiresAt));
    query.bindValue(u":revoked_at"_s, SqlTime::toValue(key.revokedAt));
    return exec(query, AppRepository::tr("Could not save the API key %1.").arg(key.keyHint));
}

Status updateKeyColumn(const QSqlDatabase& db, const QString& keyId, const QString& column, const QDateTime& time)
{
    QSqlQuery query(db);
    query.prepare(u"UPDATE api_keys SET %1 = :time WHERE key_id = :key_id"_s.arg(column));
    query.bindValue(u":time"_s, SqlTime::toValue(time));
    query.bindValue(u":key_id"_s, keyId);
    return exec(query, AppRepository::tr("Could not save the changes to the registry."));
}

Status checkRevisionIs(const AppRecord& stored, int expectedRowVersion, const QStringList& differingStoredValues)
{
    if (stored.rowVersion == expectedRowVersion)
        return {};
    return Error{AppChanges::conflictMessage(stored.rowVersion, differingStoredValues), {}, ErrorCode::Conflict};
}

Error keyLimitReached(const AppRecord& app)
{
    return Error{AppRepository::tr("The app “%1” already has %2 live API keys.")
                     .arg(app.details.name)
                     .arg(AppRepository::MaxLiveKeys),
                 AppRepository::tr("Revoke one of them, or wait until one has expired."), ErrorCode::KeyLimitReached};
}

/// Whether a key can still be rotated at `now`: a revoked or expired key has nothing left to hand over.
Status checkRotatable(const KeyRecord& key, const QDateTime& now)
{
    if (key.revokedAt.isValid() && key.revokedAt <= now)
        return Error{AppRepository::tr("The API key %1 is revoked, so it cannot be rotated.").arg(key.keyHint),
                     AppRepository::tr("Generate a new key instead."), ErrorCode::InvalidInput};
    if (key.expiresAt <= now)
        return Error{AppRepository::tr("The API key %1 has expired, so it cannot be rotated.").arg(key.keyHint),
                     AppRepository::tr("Generate a new key instead."), ErrorCode::InvalidInput};
    return {};
}

} // namespace

AppRepository::AppRepository(std::shared_ptr<Database> database, std::shared_ptr<const Clock> clock)
    : m_database(std::move(database)), m_clock(std::move(clock))
{
}

Status AppRepository::checkActive(const AppRecord& app)
{
    if (app.active)
        return {};
    return Error{tr("The app “%1” is deactivated.").arg(app.details.name), tr("Reactivate the app first."),
                 ErrorCode::InvalidInput};
}

Result<bool> AppRepository::isNameTaken(const QString& name, const QString& exceptApplicationId) const
{
    return isNameTakenIn(m_database->connection(), name, exceptApplicationId);
}

Status AppRepository::insertApp(const AppRecord& app)
{
    return writeInTransaction(*m_database, AuditAction::AppCreated, [&](QSqlDatabase& db) {
        if (Status rows = insertAppWithChildren(db, app); !rows)
            return rows;
        return AuditLog::appendInTransaction(db, m_database->actor(), m_clock->nowUtc(), AuditAction::AppCreated,
                                             app.applicationId, {}, AppChanges::created(app));
    });
}

Status AppRepository::insertKey(const KeyRecord& key)
{
    const QDateTime now = m_clock->nowUtc();
    return writeInTransaction(*m_database, AuditAction::KeyGenerated, [&](QSqlDatabase& db) {
        const Result<AppRecord> app = selectLiveApp(db, key.applicationId);
        if (!app)
            return Status(app.error());
        if (Status active = checkActive(app.value()); !active)
            return active;
        const Result<int> liveKeys = countLiveKeys(db, key.applicationId, now);
        if (!liveKeys)
            return Status(liveKeys.error());
        if (liveKeys.value() >= MaxLiveKeys)
            return Status(keyLimitReached(app.value()));
        if (Status inserted = insertKeyRow(db, key); !inserted)
            return inserted;
        const QJsonObject details{{u"key_id"_s, key.keyId},
                                  {u"expires_at"_s, SqlTime::toValue(key.expiresAt).toString()}};
        return AuditLog::appendInTransaction(db, m_database->actor(), now, AuditAction::KeyGenerated, key.applicationId,
                                             key.keyHint, details);
    });
}

Status AppRepository::updateDetails(const QString& applicationId, int expectedRowVersion, const AppDetails& details)
{
    const QDateTime now = m_clock->nowUtc();
    return writeInTransaction(*m_database, AuditAction::DetailsEdited, [&](QSqlDatabase& db) {
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
                                  {u"name_key"_s, nameKey(details.name)},
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
    return writeInTransaction(*m_database, AuditAction::ScopeEdited, [&](QSqlDatabase& db) {
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

Status AppRepository::rotateKey(const QString& applicationId, const QString& oldKeyId, const QDateTime& oldKeyExpiresAt,
                                const KeyRecord& newKey)
{
    const QDateTime now = m_clock->nowUtc();
    return writeInTransaction(*m_database, AuditAction::KeyRotated, [&](QSqlDatabase& db) {
        const Result<AppRecord> app = selectLiveApp(db, applicationId);
        if (!app)
            return Status(app.error());
        if (Status active = checkActive(app.value()); !active)
            return active;
        const Result<KeyRecord> oldKey = selectKeyOfApp(db, applicationId, oldKeyId);
        if (!oldKey)
            return Status(oldKey.error());
        if (Status rotatable = checkRotatable(oldKey.value(), now); !rotatable)
            return rotatable;
        const Result<int> otherLiveKeys = countLiveKeys(db, applicationId, now, oldKeyId);
        if (!otherLiveKeys)
            return Status(otherLiveKeys.error());
        if (otherLiveKeys.value() + 1 >= MaxLiveKeys)
            return Status(keyLimitReached(app.value()));

        // Rotation hands over; it never gives the old key more time than it had.
        const QDateTime oldKeyEnds = std::min(oldKey.value().expiresAt, oldKeyExpiresAt.toUTC());
        if (Status shortened = updateKeyColumn(db, oldKeyId, u"expires_at"_s, oldKeyEnds); !shortened)
            return shortened;
        if (Status inserted = insertKeyRow(db, newKey); !inserted)
            return inserted;
        const QJsonObject details{{u"key_id"_s, newKey.keyId},
                                  {u"expires_at"_s, SqlTime::toValue(newKey.expiresAt).toString()},
                                  {u"old_key_id"_s, oldKeyId},
                                  {u"old_key_hint"_s, oldKey.value().keyHint},
                                  {u"old_key_expires_at"_s, SqlTime::toValue(oldKeyEnds).toString()}};
        return AuditLog::appendInTransaction(db, m_database->actor(), now, AuditAction::KeyRotated, applicationId,
                                             newKey.keyHint, details);
    });
}

Status AppRepository::revokeKey(const QString& applicationId, const QString& keyId)
{
    const QDateTime now = m_clock->nowUtc();
    return writeInTransaction(*m_database, AuditAction::KeyRevoked, [&](QSqlDatabase& db) {
        if (const Result<AppRecord> app = selectLiveApp(db, applicationId); !app)
            return Status(app.error());
        const Result<KeyRecord> key = selectKeyOfApp(db, applicationId, keyId);
        if (!key)
            return Status(key.error());
        if (key.value().revokedAt.isValid())
            return Status(
                Error{AppRepository::tr("The API key %1 is already revoked.").arg(key.value().keyHint),
                      AppRepository::tr("A revoked key stays revoked; generate a new key if the app needs one."),
                      ErrorCode::InvalidInput});
        if (Status revoked = updateKeyColumn(db, keyId, u"revoked_at"_s, now); !revoked)
            return revoked;
        return AuditLog::appendInTransaction(db, m_database->actor(), now, AuditAction::KeyRevoked, applicationId,
                                             key.value().keyHint, QJsonObject{{u"key_id"_s, keyId}});
    });
}

Status AppRepository::replaceSecret(const QString& applicationId, const QString& secretSha256,
                                    const QString& secretHint)
{
    const QDateTime now = m_clock->nowUtc();
    return writeInTransaction(*m_database, AuditAction::SecretRegenerated, [&](QSqlDatabase& db) {
        const Result<AppRecord> app = selectLiveApp(db, applicationId);
        if (!app)
            return Status(app.error());
        if (Status updated = updateAppRow(db, applicationId, now,
                                          {{u"secret_sha256"_s, secretSha256}, {u"secret_hint"_s, secretHint}});
            !updated)
            return updated;
        const QJsonObject details{{u"old_secret_hint"_s, app.value().secretHint}, {u"secret_hint"_s, secretHint}};
        return AuditLog::appendInTransaction(db, m_database->actor(), now, AuditAction::SecretRegenerated,
                                             applicationId, {}, details);
    });
}

Status AppRepository::setActive(const QString& applicationId, bool active)
{
    const QDateTime now = m_clock->nowUtc();
    const AuditAction action = active ? AuditAction::AppReactivated : AuditAction::AppDeactivated;
    return writeInTransaction(*m_database, action, [&](QSqlDatabase& db) {
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
    return writeInTransaction(*m_database, AuditAction::AppDeleted, [&](QSqlDatabase& db) {
        const Result<AppRecord> app = selectLiveApp(db, applicationId);
        if (!app)
            return Status(app.error());
        if (Status updated = updateAppRow(db, applicationId, now, {{u"deleted_at"_s, SqlTime::toValue(now)}}); !updated)
            return updated;
        return AuditLog::appendInTransaction(db, m_database->actor(), now, AuditAction::AppDeleted, applicationId, {},
                                             QJsonObject{{u"name"_s, app.value().details.name}});
    });
}

Status AppRepository::recordSecretRead(const QString& applicationId, AuditAction action, const QString& keyHint)
{
    if (action != AuditAction::SecretRevealed && action != AuditAction::KeyRevealed)
        return Error{AppRepository::tr("Only reading a secret or an API key is recorded as a read."),
                     {},
                     ErrorCode::InvalidInput};
    const QDateTime now = m_clock->nowUtc();
    return writeInTransaction(*m_database, action, [&](QSqlDatabase& db) {
        const Result<AppRecord> app = selectLiveApp(db, applicationId);
        if (!app)
            return Status(app.error());
        const QJsonObject details = action == AuditAction::SecretRevealed
                                        ? QJsonObject{{u"secret_hint"_s, app.value().secretHint}}
                                        : QJsonObject{};
        return AuditLog::appendInTransaction(db, m_database->actor(), now, action, applicationId, keyHint, details);
    });
}

Result<QList<AppRecord>> AppRepository::listApps() const
{
    return selectApps(m_database->connection(), std::nullopt);
}

Result<AppRecord> AppRepository::findApp(const QString& applicationId) const
{
    return selectLiveApp(m_database->connection(), applicationId);
}

Result<AppRecord> AppRepository::findAppByIdOrName(const QString& idOrName) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT application_id FROM apps WHERE deleted_at IS NULL"
                  " AND (application_id = :id OR name_key = :name_key)"_s);
    query.bindValue(u":id"_s, idOrName.trimmed());
    query.bindValue(u":name_key"_s, nameKey(idOrName));
    if (!query.exec())
        return readError(query);
    if (!query.next())
        return Error{AppRepository::tr("There is no app named or with the Application ID “%1”.").arg(idOrName),
                     AppRepository::tr("List the apps to see their names and ids."), ErrorCode::NotFound};
    return findApp(query.value(0).toString());
}

Result<KeyRecord> AppRepository::findKey(const QString& applicationId, const QString& keyId) const
{
    return selectKeyOfApp(m_database->connection(), applicationId, keyId);
}

Result<QList<KeyRecord>> AppRepository::keysForApp(const QString& applicationId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT %1 FROM api_keys WHERE application_id = :application_id"
                  " ORDER BY created_at DESC, key_id"_s.arg(KeyColumns));
    query.bindValue(u":application_id"_s, applicationId);
    return selectKeys(query);
}

Result<QList<KeyRecord>> AppRepository::listKeys() const
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT %1 FROM api_keys JOIN apps ON apps.application_id = api_keys.application_id"
                  " WHERE apps.deleted_at IS NULL"
                  " ORDER BY api_keys.application_id, api_keys.created_at DESC, api_keys.key_id"_s.arg(KeyColumns));
    return selectKeys(query);
}

} // namespace AppKeys
