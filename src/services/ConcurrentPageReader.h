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
/// What is made of each app can be made on the thread that read its page, too (forEachRenderedPage): then the calling
/// thread only writes, where making `list --json`'s text there after a keychain sweep left the other core idle.
class ConcurrentPageReader
{
public:
    using Take = std::function<Status(const QList<AppOverview>&)>;
    /// A page's apps made into the bytes to write, on the thread that read it.
    using Render = std::function<QByteArray(const QList<AppOverview>&)>;
    /// A Render for one thread, called on the calling thread for each thread before any page is read: a Render may
    /// keep caches without a lock.
    using MakeRender = std::function<Render()>;
    using TakeRendered = std::function<Status(const QByteArray&)>;

    /// As AppOverviewReader::forEachPage. A search, whose apps are found in one query and are few, and a registry
    /// that a second connection cannot open are read on the calling thread alone.
    static Status forEachPage(const std::shared_ptr<Database>& database, const QDateTime& now, int pageSize,
                              const Take& take, const QString& searchText = {});
    /// As forEachPage, `take` getting each page's bytes as made by a Render of the thread that read it.
    static Status forEachRenderedPage(const std::shared_ptr<Database>& database, const QDateTime& now, int pageSize,
                                      const MakeRender& makeRender, const TakeRendered& take,
                                      const QString& searchText = {});

private:
    /// A page as it waits to be taken: its apps, or, rendered, their bytes.
    struct ReadPage
    {
        qsizetype appCount = 0;
        QList<AppOverview> apps; ///< empty once rendered
        QByteArray rendered;
    };
    using Page = Result<ReadPage>;
    using TakePage = std::function<Status(const ReadPage&)>;
    /// A page that one thread reads: its place in the order, and the app it starts after.
    struct Claim
    {
        qsizetype index = 0;
        QString afterApplicationId;
    };
    static constexpr std::size_t Lookahead = 2;

    /// `render` is the second thread's; none hands the pages over as read.
    ConcurrentPageReader(const Database& database, const QDateTime& now, int pageSize, Render render);
    ~ConcurrentPageReader();

    static Status forEachReadPage(const std::shared_ptr<Database>& database, const QDateTime& now, int pageSize,
                                  const MakeRender& makeRender, const TakePage& take, const QString& searchText);
    /// `apps` as they wait to be taken: rendered by `render`, if there is one.
    static ReadPage made(QList<AppOverview> apps, const Render& render);
    Status readInTurn(const std::shared_ptr<Database>& database, const Render& render, const TakePage& take);
    /// Page `index` once it is read, this thread reading (and rendering) others meanwhile; none if the registry has
    /// no such page.
    std::optional<Page> takeWhenRead(const std::shared_ptr<Database>& database, const Render& render, qsizetype index);
    /// The next page no thread reads yet, found on `database`; none once every page is claimed.
    std::optional<Claim> claim(const std::shared_ptr<Database>& database);
    void read(const std::shared_ptr<Database>& database, const Render& render, const Claim& claim);
    void store(qsizetype index, Page page);
    void run(std::stop_token stop, const Database& database);

    const QDateTime m_now;
    const int m_pageSize;
    const Render m_render; ///< the second thread's

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
