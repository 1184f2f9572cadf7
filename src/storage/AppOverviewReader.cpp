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
    const Result<QList<KeyRecord>> keys = KeyRepository(database).listKeysWithUsage(selection);
    if (!keys)
        return keys.error();
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

/// The apps of `page` in the order of `applicationIds` (a page is read in the listing's order); ids it lacks are
/// skipped.
QList<AppOverview> inOrderOf(const QStringList& applicationIds, QList<AppOverview> page)
{
    QHash<QString, qsizetype> positions;
    positions.reserve(page.size());
    for (qsizetype position = 0; position < page.size(); ++position)
        positions.insert(page.at(position).app.applicationId, position);
    QList<AppOverview> ordered;
    ordered.reserve(page.size());
    for (const QString& applicationId : applicationIds) {
        if (const auto found = positions.constFind(applicationId); found != positions.constEnd())
            ordered.append(std::move(page[*found]));
    }
    return ordered;
}

} // namespace

Status forEachPageOf(const std::shared_ptr<Database>& database, const QStringList& applicationIds, const QDateTime& now,
                     int pageSize, const std::function<Status(const QList<AppOverview>&)>& take)
{
    for (qsizetype first = 0; first < applicationIds.size(); first += pageSize) {
        const QStringList pageIds = applicationIds.mid(first, pageSize);
        const Result<QList<AppOverview>> page =
            loadSelection(database, AppSelection::ids(pageIds, database->dialect()), now);
        if (!page)
            return page.error();
        if (Status taken = take(inOrderOf(pageIds, page.value())); !taken)
            return taken;
    }
    return {};
}

Result<qint64> count(const std::shared_ptr<Database>& database)
{
    return AppRepository(database).countApps(AppSelection::all());
}

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
    if (!searchText.isEmpty()) {
        // The search runs once, for the ids of every app it finds in the listing's order (through SQLite's index, one
        // query instead of a scan per page); the pages are then read by id. The ids are all that is held whole: about
        // 100 bytes an app.
        const Result<QStringList> ids =
            AppRepository(database).listIds(AppSelection::search(searchText, database->dialect()));
        if (!ids)
            return ids.error();
        return forEachPageOf(database, ids.value(), now, pageSize, take);
    }
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
