#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace AppKeys {

enum class AuthMethod
{
    ApiKeyGroups, ///< the app authenticates with API keys (APIKEY GROUPS)
    JwtGroups     ///< the app authenticates with access tokens (JWT GROUPS)
};

QList<AuthMethod> allAuthMethods();
/// Stable identifier used in the database and on the command line ("apikey_groups", "jwt_groups").
QString toStorageString(AuthMethod method);
std::optional<AuthMethod> authMethodFromStorageString(const QString& text);
/// Translated label ("API keys (APIKEY GROUPS)", "Access tokens (JWT GROUPS)").
QString displayName(AuthMethod method);

} // namespace AppKeys
