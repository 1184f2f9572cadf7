#include "AppJson.h"

#include "ExportWriter.h"
#include "JsonMember.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

/// The members of app(), for each of its forms.
template <typename Object> void putApp(Object& object, const AppOverview& overview)
{
    using namespace JsonMember;
    const AppRecord& app = overview.app;
    put(object, "application_id", app.applicationId);
    put(object, "name", app.details.name);
    put(object, "uri", app.details.uri);
    put(object, "description", app.details.description);
    put(object, "login_user_type", toStorageString(app.details.loginUserType));
    put(object, "source_app", toStorageString(app.details.sourceApp));
    put(object, "auth_method", toStorageString(app.scope.authMethod));
    put(object, "permissions", app.scope.permissionIds);
    put(object, "post_logout_redirect_urls", app.details.postLogoutRedirectUrls);
    put(object, "post_login_redirect_urls", app.details.postLoginRedirectUrls);
    put(object, "status", overview.status.storageString());
    putTime(object, "expires_at", overview.expiresAt);
    putTime(object, "last_used_at", overview.lastUsedAt);
    put(object, "created_by", app.createdBy);
    putTime(object, "created_at", app.createdAt);
    put(object, "active", app.active);
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
    QJsonObject object;
    putApp(object, overview);
    return object;
}

CsvRecordText AppJson::appCsv(const AppOverview& overview)
{
    CsvRecordText record;
    putApp(record, overview);
    return record;
}

JsonObjectText AppJson::appText(const AppOverview& overview, int depth)
{
    JsonObjectText object(depth);
    putApp(object, overview);
    return object;
}

QJsonObject AppJson::key(const KeyRecord& key, const QDateTime& now)
{
    using namespace JsonMember;
    QJsonObject object;
    put(object, "key_id", key.keyId);
    put(object, "hint", key.keyHint);
    put(object, "created_by", key.createdBy);
    putTime(object, "created_at", key.createdAt);
    putTime(object, "expires_at", key.expiresAt);
    putTime(object, "revoked_at", key.revokedAt);
    putTime(object, "last_used_at", key.lastUsedAt);
    put(object, "use_count", key.useCount);
    put(object, "status", KeyStatus::ofKey(key, now).storageString());
    return object;
}

void AppJson::appendJoined(QByteArray& records, const AppOverview& overview, const ExportWriter& writer)
{
    if (writer.format() == ExportDocument::Format::Json)
        ExportWriter::appendJoined(records, appText(overview, ExportWriter::ElementDepth));
    else
        writer.appendJoined(records, appCsv(overview));
}

} // namespace AppKeys
