#include "AppOverviewReader.h"

#include "AppRepository.h"
#include "AppSelection.h"
#include "Database.h"
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

Result<QList<AppOverview>> loadSelection(const std::shared_ptr<Database>& database, const AppSelection& selection,
                                         const QDateTime& now)
{
    Result<QList<AppRecord>> apps = AppRepository(database).listApps(selection);
    if (!apps)
        return apps.error();
    Result<QList<KeyRecord>> keys = KeyRepository(database).listKeys(selection);
    if (!keys)
        return keys.error();
    const Result<QHash<QString, KeyUsage>> usage = KeyUsageRepository(database).forSelection(selection);
    if (!usage)
        return usage.error();
    addUsage(keys.value(), usage.value());
    return AppOverview::ofAll(std::move(apps).value(), keys.value(), now);
}

} // namespace

Result<QList<AppOverview>> loadAll(const std::shared_ptr<Database>& database, const QDateTime& now)
{
    return loadSelection(database, AppSelection::all(), now);
}

Result<QList<AppOverview>> loadPage(const std::shared_ptr<Database>& database, const QDateTime& now,
                                    const QString& afterApplicationId, int pageSize)
{
    return loadSelection(database, AppSelection::page(afterApplicationId, pageSize), now);
}

Status forEachPage(const std::shared_ptr<Database>& database, const QDateTime& now, int pageSize,
                   const std::function<Status(const QList<AppOverview>&)>& take, const QString& searchText)
{
    QString lastApplicationId;
    for (;;) {
        const AppSelection pageSelection =
            searchText.isEmpty()
                ? AppSelection::page(lastApplicationId, pageSize)
                : AppSelection::searchPage(lastApplicationId, pageSize, searchText, database->dialect());
        const Result<QStringList> ids = AppRepository(database).listIds(pageSelection);
        if (!ids)
            return ids.error();
        if (ids.value().isEmpty())
            return {};
        // A search's page is read by id, so that its scan is not made again by each of loadSelection's four queries;
        // any other page by its own condition, an index range that visits the rows in the order they were written,
        // and so fewer pages of the file than lookups by id do.
        const Result<QList<AppOverview>> page =
            loadSelection(database, searchText.isEmpty() ? pageSelection : AppSelection::ids(ids.value()), now);
        if (!page)
            return page.error();
        if (Status taken = take(page.value()); !taken)
            return taken;
        if (ids.value().size() < pageSize)
            return {};
        lastApplicationId = ids.value().constLast();
    }
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
