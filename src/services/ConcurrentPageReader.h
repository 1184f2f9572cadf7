#pragma once

#include "AppOverview.h"
#include "Result.h"
#include "Status.h"

#include <QDateTime>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace AppKeys {

class Database;

/// The apps a page at a time, as AppOverviewReader::forEachPage hands them over, but every other page read on a
/// thread and a connection of its own (Database::openReader) while the calling thread reads the next: reading the
/// pages is most of what `appkeys list` and `export` do (61 % of `list --json`'s samples at 10,000 apps, against 17 %
/// for writing its JSON). The pages are still handed to `take` on the calling thread, in their order, and at most two
/// are in memory.
class ConcurrentPageReader
{
public:
    using Take = std::function<Status(const QList<AppOverview>&)>;

    /// As AppOverviewReader::forEachPage. A search, whose apps are found in one query and are few, and a registry
    /// that a second connection cannot open are read on the calling thread alone.
    static Status forEachPage(const std::shared_ptr<Database>& database, const QDateTime& now, int pageSize,
                              const Take& take, const QString& searchText = {});

private:
    ConcurrentPageReader(const Database& database, const QDateTime& now, int pageSize);
    ~ConcurrentPageReader();

    /// The pages two at a time: the thread reads the first, this thread the second.
    Status readInPairs(const std::shared_ptr<Database>& database, const Take& take);
    /// Asks the thread for the page after `afterApplicationId`; response() waits for it.
    void request(const QString& afterApplicationId);
    Result<QList<AppOverview>> response();
    void run(std::stop_token stop, const Database& database);

    const QDateTime m_now;
    const int m_pageSize;
    std::mutex m_mutex;
    std::condition_variable_any m_changed;
    std::optional<bool> m_begun;
    std::optional<QString> m_request;
    std::optional<Result<QList<AppOverview>>> m_response;
    std::jthread m_thread; ///< last: it starts at once, and uses the members above
};

} // namespace AppKeys
