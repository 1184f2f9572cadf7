#pragma once

#include "AppOverview.h"
#include "Result.h"

#include <QDateTime>
#include <memory>

namespace AppKeys {

class Database;

/// Reads apps with their keys (and the keys' usage) as AppOverview (core computes what the Status and Expires columns say), for the
/// window's table, `appkeys list`, `show` and `export`.
namespace AppOverviewReader {

/// Every live app, newest first, with when its keys were last used, read with three queries.
Result<QList<AppOverview>> loadAll(const std::shared_ptr<Database>& database, const QDateTime& now);
/// One live app by id or name (case-insensitive).
Result<AppOverview> load(const std::shared_ptr<Database>& database, const QString& idOrName, const QDateTime& now);

} // namespace AppOverviewReader

} // namespace AppKeys
