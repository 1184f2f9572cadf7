#include "AppOverviewReader.h"

#include "AppRepository.h"
#include "KeyRepository.h"
#include "KeyUsageRepository.h"

namespace AppKeys::AppOverviewReader {

namespace {

void addUsage(QList<KeyRecord>& keys, const QHash<QString, KeyUsage>& usage)
{
    for (KeyRecord& key : keys) {
        if (const auto found = usage.constFind(key.keyId); found != usage.constEnd()) {
            key.lastUsedAt = found->lastUsedAt;
            key.useCount = found->count;
        }
    }
}

} // namespace

Result<QList<AppOverview>> loadAll(const std::shared_ptr<Database>& database, const QDateTime& now)
{
    Result<QList<AppRecord>> apps = AppRepository(database).listApps();
    if (!apps)
        return apps.error();
    Result<QList<KeyRecord>> keys = KeyRepository(database).listKeys();
    if (!keys)
        return keys.error();
    const Result<QHash<QString, KeyUsage>> usage = KeyUsageRepository(database).all();
    if (!usage)
        return usage.error();
    addUsage(keys.value(), usage.value());
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
    const Result<QHash<QString, KeyUsage>> usage = KeyUsageRepository(database).forApp(app.value().applicationId);
    if (!usage)
        return usage.error();
    addUsage(keys.value(), usage.value());
    return AppOverview::of(std::move(app).value(), std::move(keys).value(), now);
}

} // namespace AppKeys::AppOverviewReader
