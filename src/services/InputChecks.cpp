#include "InputChecks.h"

#include "AppDetailsValidator.h"
#include "AppRepository.h"
#include "ErrorCode.h"
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
        return Error{check.message, QCoreApplication::translate("AppKeys::InputChecks", "Correct the app's details."),
                     ErrorCode::InvalidInput};
    return {};
}

Result<AppScope> normalisedScope(const AppScope& scope, const PermissionCatalogue& catalogue)
{
    if (scope.permissionIds.isEmpty())
        return Error{QCoreApplication::translate("AppKeys::InputChecks", "The app has no permissions."),
                     QCoreApplication::translate("AppKeys::InputChecks", "Choose at least one permission."),
                     ErrorCode::InvalidInput};
    for (const QString& permissionId : scope.permissionIds) {
        if (!catalogue.contains(permissionId))
            return Error{
                QCoreApplication::translate("AppKeys::InputChecks", "Unknown permission “%1”.").arg(permissionId),
                QCoreApplication::translate("AppKeys::InputChecks",
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

} // namespace AppKeys::InputChecks
