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

Status takePage(const std::shared_ptr<Database>& database, const AppSelection& selection, const QDateTime& now,
                const std::function<Status(const QList<AppOverview>&)>& take)
{
    const Result<QList<AppOverview>> page = loadSelection(database, selection, now);
    if (!page)
        return page.error();
    return take(page.value());
}

// The search runs once, for the ids of every app it finds in the listing's order (through SQLite's index, one
// query instead of a scan per page); the pages are then read by id. The ids are all that is held whole: about
// 100 bytes an app.
Status forEachPageOfSearch(const std::shared_ptr<Database>& database, const QDateTime& now, int pageSize,
                           const std::function<Status(const QList<AppOverview>&)>& take, const QString& searchText)
{
    const Result<QStringList> ids =
        AppRepository(database).listIds(AppSelection::search(searchText, database->dialect()));
    if (!ids)
        return ids.error();
    for (qsizetype first = 0; first < ids.value().size(); first += pageSize) {
        if (Status taken = takePage(database, AppSelection::ids(ids.value().mid(first, pageSize)), now, take); !taken)
            return taken;
    }
    return {};
}

} // namespace

Result<QList<AppOverview>> loadAll(const std::shared_ptr<Database>& database, const QDateTime& now)
{
    return loadSelection(database, AppSelection::all(), now);
}

Result<QList<AppOverview>> loadPage(const std::shared_ptr<Database>& database, const QDateTime& now,
                                    const QString& afterApplicationId, int pageSize)
{
    return loadSelection(database, AppSelection::page(afterApplicationId, pageSize, database->dialect()), now);
}

Status forEachPage(const std::shared_ptr<Database>& database, const QDateTime& now, int pageSize,
                   const std::function<Status(const QList<AppOverview>&)>& take, const QString& searchText)
{
    if (!searchText.isEmpty())
        return forEachPageOfSearch(database, now, pageSize, take, searchText);
    QString lastApplicationId;
    for (;;) {
        const AppSelection pageSelection = AppSelection::page(lastApplicationId, pageSize, database->dialect());
        const Result<QStringList> ids = AppRepository(database).listIds(pageSelection);
        if (!ids)
            return ids.error();
        if (ids.value().isEmpty())
            return {};
        // Read by its own condition, an index range that visits the rows in the order they were written, and so
        // fewer pages of the file than lookups by id do.
        if (Status taken = takePage(database, pageSelection, now, take); !taken)
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
