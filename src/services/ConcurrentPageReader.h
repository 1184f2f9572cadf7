#pragma once

#include "AppOverview.h"
#include "Result.h"
#include "Status.h"

#include <QDateTime>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace AppKeys {

class Database;

/// The apps a page at a time, as AppOverviewReader::forEachPage hands them over, read by two threads, each on a
/// connection of its own (Database::openReader for the second): reading the pages is most of what `appkeys list` and
/// `export` do. The second thread reads ahead; the calling thread takes the pages in their order and, while the next
/// is not read yet, reads one itself. So both cores work until the end, where reading pages in pairs and then writing
/// both left one idle during the writing (`list --json` at 100,000 apps: 3.0 s, against 4.0 s in pairs, medians of 7).
/// The pages are handed to `take` on the calling thread, in their order; about Lookahead read pages wait in memory.
class ConcurrentPageReader
{
public:
    using Take = std::function<Status(const QList<AppOverview>&)>;

    /// As AppOverviewReader::forEachPage. A search, whose apps are found in one query and are few, and a registry
    /// that a second connection cannot open are read on the calling thread alone.
    static Status forEachPage(const std::shared_ptr<Database>& database, const QDateTime& now, int pageSize,
                              const Take& take, const QString& searchText = {});

private:
    using Page = Result<QList<AppOverview>>;
    /// A page that one thread reads: its place in the order, and the app it starts after.
    struct Claim
    {
        qsizetype index = 0;
        QString afterApplicationId;
    };
    static constexpr std::size_t Lookahead = 2;

    ConcurrentPageReader(const Database& database, const QDateTime& now, int pageSize);
    ~ConcurrentPageReader();

    Status readInTurn(const std::shared_ptr<Database>& database, const Take& take);
    /// Page `index` once it is read, this thread reading others meanwhile; none if the registry has no such page.
    std::optional<Page> takeWhenRead(const std::shared_ptr<Database>& database, qsizetype index);
    /// The next page no thread reads yet, found on `database`; none once every page is claimed.
    std::optional<Claim> claim(const std::shared_ptr<Database>& database);
    void read(const std::shared_ptr<Database>& database, const Claim& claim);
    void store(qsizetype index, Page page);
    void run(std::stop_token stop, const Database& database);

    const QDateTime m_now;
    const int m_pageSize;

    std::mutex m_claimMutex; ///< taken before m_mutex, never after
    QString m_nextAfter;     ///< where the next page to claim starts
    qsizetype m_claimed = 0;
    bool m_allClaimed = false;

    std::mutex m_mutex;
    std::condition_variable_any m_changed;
    std::optional<bool> m_begun;
    std::optional<qsizetype> m_pageCount; ///< known once every page is claimed
    std::map<qsizetype, Page> m_read;     ///< pages read and not yet taken, by their index
    std::jthread m_thread;                ///< last: it starts at once, and uses the members above
};

} // namespace AppKeys
