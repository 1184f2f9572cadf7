#include "AppJson.h"

#include "TimeFormat.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

QJsonValue timeValue(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(TimeFormat::iso(time)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QStringList AppJson::appFieldNames()
{
    return {u"application_id"_s,
            u"name"_s,
            u"uri"_s,
            u"description"_s,
            u"login_user_type"_s,
            u"source_app"_s,
            u"auth_method"_s,
            u"permissions"_s,
            u"post_logout_redirect_urls"_s,
            u"post_login_redirect_urls"_s,
            u"status"_s,
            u"expires_at"_s,
            u"last_used_at"_s,
            u"created_by"_s,
            u"created_at"_s,
            u"active"_s};
}

QJsonObject AppJson::app(const AppOverview& overview)
{
    const AppRecord& app = overview.app;
    return {{u"application_id"_s, app.applicationId},
            {u"name"_s, app.details.name},
            {u"uri"_s, app.details.uri},
            {u"description"_s, app.details.description},
            {u"login_user_type"_s, toStorageString(app.details.loginUserType)},
            {u"source_app"_s, toStorageString(app.details.sourceApp)},
            {u"auth_method"_s, toStorageString(app.scope.authMethod)},
            {u"permissions"_s, QJsonArray::fromStringList(app.scope.permissionIds)},
            {u"post_logout_redirect_urls"_s, QJsonArray::fromStringList(app.details.postLogoutRedirectUrls)},
            {u"post_login_redirect_urls"_s, QJsonArray::fromStringList(app.details.postLoginRedirectUrls)},
            {u"status"_s, overview.status.storageString()},
            {u"expires_at"_s, timeValue(overview.expiresAt)},
            {u"last_used_at"_s, timeValue(overview.lastUsedAt)},
            {u"created_by"_s, app.createdBy},
            {u"created_at"_s, timeValue(app.createdAt)},
            {u"active"_s, app.active}};
}

QJsonObject AppJson::key(const KeyRecord& key, const QDateTime& now)
{
    const KeyStatus status = KeyStatus::ofKey(key, now);
    return {{u"key_id"_s, key.keyId},
            {u"hint"_s, key.keyHint},
            {u"created_by"_s, key.createdBy},
            {u"created_at"_s, timeValue(key.createdAt)},
            {u"expires_at"_s, timeValue(key.expiresAt)},
            {u"revoked_at"_s, timeValue(key.revokedAt)},
            {u"last_used_at"_s, timeValue(key.lastUsedAt)},
            {u"use_count"_s, key.useCount},
            {u"status"_s, status.storageString()}};
}

} // namespace AppKeys
