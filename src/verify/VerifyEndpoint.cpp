#include "VerifyEndpoint.h"

#include "KeyChecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <optional>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

// API texts, not translated: a client reads the same in every locale.
ApiResponse badRequest(const QString& message)
{
    return ApiResponse::json(400, {{u"error"_s, message}});
}

std::optional<QStringList> permissionsOf(const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isArray())
        return std::nullopt;
    QStringList permissions;
    for (const QJsonValue& permission : value.toArray()) {
        if (!permission.isString())
            return std::nullopt;
        permissions.append(permission.toString());
    }
    return permissions;
}

} // namespace

ApiResponse VerifyEndpoint::answer(const ApiRequest& request, const KeyChecker& checker)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return badRequest(u"The body must be a JSON object: {\"key\": \"appkey_...\", \"permissions\": [...]}."_s);
    const QJsonObject body = document.object();
    if (!body.value(u"key"_s).isString())
        return badRequest(u"\"key\" must be a string."_s);
    const std::optional<QStringList> required = permissionsOf(body.value(u"permissions"_s));
    if (!required)
        return badRequest(u"\"permissions\" must be a list of strings."_s);
    return ApiResponse::json(200, checker.check(body.value(u"key"_s).toString(), *required, "verify").toJson());
}

} // namespace AppKeys
