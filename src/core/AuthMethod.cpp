#include "AuthMethod.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AppKeys {

QList<AuthMethod> allAuthMethods()
{
    return {AuthMethod::ApiKeyGroups, AuthMethod::JwtGroups};
}

QString toStorageString(AuthMethod method)
{
    switch (method) {
    case AuthMethod::ApiKeyGroups:
        return u"apikey_groups"_s;
    case AuthMethod::JwtGroups:
        return u"jwt_groups"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<AuthMethod> authMethodFromStorageString(const QString& text)
{
    for (const auto method : allAuthMethods()) {
        if (toStorageString(method) == text)
            return method;
    }
    return std::nullopt;
}

QString displayName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::ApiKeyGroups:
        return QCoreApplication::translate("AppKeys::AuthMethod", "API keys (APIKEY GROUPS)");
    case AuthMethod::JwtGroups:
        return QCoreApplication::translate("AppKeys::AuthMethod", "Access tokens (JWT GROUPS)");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace AppKeys
