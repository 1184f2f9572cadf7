#include "InputChecks.h"

#include "AppDetailsValidator.h"
#include "AppRepository.h"
#include "ErrorCode.h"
#include "KeyPolicy.h"
#include "PermissionCatalogue.h"

#include <QCoreApplication>
#include <algorithm>
#include <optional>

namespace AppKeys::InputChecks {

Status checkDetails(const AppDetails& details, const AppRepository& repository, const QString& exceptApplicationId)
{
    std::optional<Error> lookupError;
    const auto isNameTaken = [&](const QString& name) {
        Result<bool> taken = repository.isNameTaken(name, exceptApplicationId);
        if (!taken)
            lookupError = taken.error();
        return taken;
    };
    const FieldCheck check = AppDetailsValidator::checkAll(details, isNameTaken);
    if (lookupError)
        return *lookupError;
    if (!check.isValid())
        return Error{check.message,
                     QCoreApplication::translate("AppKeys::AppRegistrationService", "Correct the app's details."),
                     ErrorCode::InvalidInput};
    return {};
}

Result<AppScope> normalisedScope(const AppScope& scope, const PermissionCatalogue& catalogue)
{
    if (scope.permissionIds.isEmpty())
        return Error{QCoreApplication::translate("AppKeys::AppRegistrationService", "The app has no permissions."),
                     QCoreApplication::translate("AppKeys::AppRegistrationService", "Choose at least one permission."),
                     ErrorCode::InvalidInput};
    for (const QString& permissionId : scope.permissionIds) {
        if (!catalogue.contains(permissionId))
            return Error{QCoreApplication::translate("AppKeys::AppRegistrationService", "Unknown permission “%1”.")
                             .arg(permissionId),
                         QCoreApplication::translate("AppKeys::AppRegistrationService",
                                                     "The permission catalogue may have changed; choose the "
                                                     "permissions again."),
                         ErrorCode::InvalidInput};
    }
    AppScope normalised = scope;
    std::sort(normalised.permissionIds.begin(), normalised.permissionIds.end());
    normalised.permissionIds.erase(std::unique(normalised.permissionIds.begin(), normalised.permissionIds.end()),
                                   normalised.permissionIds.end());
    return normalised;
}

Status checkLifetime(int lifetimeDays)
{
    if (lifetimeDays >= KeyPolicy::MinLifetimeDays && lifetimeDays <= KeyPolicy::MaxLifetimeDays)
        return {};
    return Error{QCoreApplication::translate("AppKeys::AppRegistrationService",
                                             "An API key's lifetime must be between %1 and %2 days, not %3.")
                     .arg(KeyPolicy::MinLifetimeDays)
                     .arg(KeyPolicy::MaxLifetimeDays)
                     .arg(lifetimeDays),
                 {},
                 ErrorCode::InvalidInput};
}

Status checkOverlap(int overlapDays)
{
    if (overlapDays >= KeyPolicy::MinRotationOverlapDays && overlapDays <= KeyPolicy::MaxRotationOverlapDays)
        return {};
    return Error{QCoreApplication::translate("AppKeys::AppLifecycleService",
                                             "The old key's overlap must be between %1 and %2 days, not %3.")
                     .arg(KeyPolicy::MinRotationOverlapDays)
                     .arg(KeyPolicy::MaxRotationOverlapDays)
                     .arg(overlapDays),
                 QCoreApplication::translate("AppKeys::AppLifecycleService",
                                             "Clients need the overlap to switch to the new key; %1 days is usual.")
                     .arg(KeyPolicy::DefaultRotationOverlapDays),
                 ErrorCode::InvalidInput};
}

} // namespace AppKeys::InputChecks
