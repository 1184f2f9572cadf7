#pragma once

#include "AppOverview.h"
#include "Result.h"
#include "Status.h"

#include <QDateTime>
#include <functional>
#include <memory>

namespace AppKeys {

class Database;

/// Reads apps with their keys (and the keys' usage) as AppOverview (core computes what the Status and Expires columns
/// say), for the window's table, `appkeys list`, `show` and `export`.
namespace AppOverviewReader {

/// Every live app, newest first, with when its keys were last used, all at once (the window's table).
Result<QList<AppOverview>> loadAll(const std::shared_ptr<Database>& database, const QDateTime& now);
/// Apps per page for forEachPage: large enough that the four queries of a page cost little beside its rows, small
/// enough that a page takes a few megabytes.
constexpr int PageSize = 1000;

/// Every live app, newest first, as loadAll reads them, but handed to `take` a page of at most `pageSize` apps at a
/// time, so that only one page is in memory (`appkeys list` and `export` stream their output). With `searchText`,
/// only apps that may hold it (AppSelection::search), whose ids are found at once: the caller's AppFilter still
/// decides. Stops at the first error, `take`'s included.
Status forEachPage(const std::shared_ptr<Database>& database, const QDateTime& now, int pageSize,
                   const std::function<Status(const QList<AppOverview>&)>& take, const QString& searchText = {});
/// The `pageSize` live apps that follow the app `afterApplicationId` in the order of loadAll (the first ones when it
/// is empty), as loadAll reads them: one page of forEachPage, for a reader that takes its pages one at a time.
Result<QList<AppOverview>> loadPage(const std::shared_ptr<Database>& database, const QDateTime& now,
                                    const QString& afterApplicationId, int pageSize);
/// The live apps among `applicationIds`, as loadAll reads them, handed to `take` a page of at most `pageSize` apps at
/// a time in the order of `applicationIds` (the window's export of the rows it shows, in their order). Stops at the
/// first error, `take`'s included.
Status forEachPageOf(const std::shared_ptr<Database>& database, const QStringList& applicationIds, const QDateTime& now,
                     int pageSize, const std::function<Status(const QList<AppOverview>&)>& take);
/// How many live apps there are, for a reader that makes room for them all at once.
Result<qint64> count(const std::shared_ptr<Database>& database);
/// One live app by id or name (case-insensitive).
Result<AppOverview> load(const std::shared_ptr<Database>& database, const QString& idOrName, const QDateTime& now);

} // namespace AppOverviewReader

} // namespace AppKeys
