#include "AppOverviewReader.h"

#include "AppRepository.h"
#include "KeyRepository.h"

namespace AppKeys::AppOverviewReader {

Result<QList<AppOverview>> loadAll(const std::shared_ptr<Database>& database, const QDateTime& now)
{
    Result<QList<AppRecord>> apps = AppRepository(database).listApps();
    if (!apps)
        return apps.error();
    const Result<QList<KeyRecord>> keys = KeyRepository(database).listKeys();
    if (!keys)
        return keys.error();
    return AppOverview::ofAll(std::move(apps).value(), keys.value(), now);
}

Result<AppOverview> load(const std::shared_ptr<Database>& database, const QString& idOrName, const QDateTime& now)
{
    Result<AppRecord> app = AppRepository(database).findAppByIdOrName(idOrName);
    if (!app)
        return app.error();
    Result<QList<KeyRecord>> keys = KeyRepository(database).keysForApp(app.value().applicationId);
    if (!keys)
        return keys.error();
    return AppOverview::of(std::move(app).value(), std::move(keys).value(), now);
}

} // namespace AppKeys::AppOverviewReader
