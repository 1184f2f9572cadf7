#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace AppKeys {

enum class LoginUserType
{
    Guest,   ///< a guest-facing app
    Employee ///< an internal app used by staff
};

QList<LoginUserType> allLoginUserTypes();
/// Stable identifier used in the database and on the command line ("guest", "employee").
QString toStorageString(LoginUserType type);
std::optional<LoginUserType> loginUserTypeFromStorageString(const QString& text);
/// Translated label, worded as in the seed flow ("Guest", "Employee").
QString displayName(LoginUserType type);

} // namespace AppKeys
