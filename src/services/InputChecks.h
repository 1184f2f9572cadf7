#pragma once

#include "AppDetails.h"
#include "AppScope.h"
#include "Result.h"
#include "Status.h"

namespace AppKeys {

class AppRepository;
class PermissionCatalogue;

/// The checks the services make before they touch the keychain or the database, shared by AppService's
/// actions so that the wizard and the edit dialogs follow the same rules.
namespace InputChecks {

/// The page-1 rules once more, with the name checked against the registry as it is now; an app keeping its own
/// name (`exceptApplicationId`) does not collide with itself.
Status checkDetails(const AppDetails& details, const AppRepository& repository,
                    const QString& exceptApplicationId = {});
/// The scope as it is stored: at least one permission, all from the catalogue, sorted, no duplicates.
Result<AppScope> normalisedScope(const AppScope& scope, const PermissionCatalogue& catalogue);

} // namespace InputChecks

} // namespace AppKeys
