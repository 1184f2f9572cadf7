#include "LoginUserType.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AppKeys {

QList<LoginUserType> allLoginUserTypes()
{
    return {LoginUserType::Guest, LoginUserType::Employee};
}

QString toStorageString(LoginUserType type)
{
    switch (type) {
    case LoginUserType::Guest:
        return u"guest"_s;
    case LoginUserType::Employee:
        return u"employee"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<LoginUserType> loginUserTypeFromStorageString(const QString& text)
{
    for (const auto type : allLoginUserTypes()) {
        if (toStorageString(type) == text)
            return type;
    }
    return std::nullopt;
}

QString displayName(LoginUserType type)
{
    switch (type) {
    case LoginUserType::Guest:
        return QCoreApplication::translate("AppKeys::LoginUserType", "Guest");
    case LoginUserType::Employee:
        return QCoreApplication::translate("AppKeys::LoginUserType", "Employee");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace AppKeys
