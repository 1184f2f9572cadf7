#pragma once

#include "AuthMethod.h"

#include <QStringList>

namespace AppKeys {

/// What page 2 of the wizard collects: how the app authenticates and what it may do.
struct AppScope
{
    AuthMethod authMethod = AuthMethod::ApiKeyGroups;
    QStringList permissionIds; ///< catalogue ids such as "appointments.read", sorted, no duplicates
};

} // namespace AppKeys
