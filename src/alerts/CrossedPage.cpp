#include "CrossedPage.h"

#include "AppRepository.h"
#include "AppSelection.h"
#include "Database.h"
#include "ExpiryAlertPlanner.h"
#include "KeyRepository.h"

namespace AppKeys {

Result<CrossedPage> CrossedPage::after(const std::shared_ptr<Database>& database, const QString& afterApplicationId,
                                       const ExpiryAlertPlanner& planner)
{
    const AppRepository apps(database);
    const Result<QStringList> ids =
        apps.listIds(AppSelection::alertablePage(planner.horizon(), afterApplicationId, PageSize, database->dialect()));
    if (!ids)
        return ids.error();
    CrossedPage crossed;
    crossed.isLast = ids.value().size() < PageSize;
    if (ids.value().isEmpty())
        return crossed;
    crossed.lastApplicationId = ids.value().constLast();
    // Every app's keys are read with it, which is all the planner's rules look at (an app's newest key decides
    // whether an older one is alerted).
    const AppSelection page = AppSelection::ids(ids.value(), database->dialect());
    const Result<QList<AppRecord>> pageApps = apps.listAppsWithoutScope(page);
    if (!pageApps)
        return pageApps.error();
    const Result<QList<KeyRecord>> keys = KeyRepository(database).listKeys(page);
    if (!keys)
        return keys.error();
    crossed.alerts = planner.crossed(pageApps.value(), keys.value());
    for (const KeyRecord& key : keys.value())
        crossed.keyIds.append(key.keyId);
    return crossed;
}

} // namespace AppKeys
