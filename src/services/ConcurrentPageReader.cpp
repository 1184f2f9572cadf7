#include "ConcurrentPageReader.h"

#include "AppOverviewReader.h"
#include "AppRepository.h"
#include "AppSelection.h"
#include "Database.h"

namespace AppKeys {

namespace {

/// The last app of the page after `afterApplicationId`, if that page is full: where the next page starts, found by
/// counting along the listing's index without reading this page's rows.
Result<std::optional<QString>> lastOfFullPage(const std::shared_ptr<Database>& database,
                                              const QString& afterApplicationId, int pageSize)
{
    return AppRepository(database).idAt(AppSelection::liveAfter(afterApplicationId), pageSize - 1);
}

} // namespace

Status ConcurrentPageReader::forEachPage(const std::shared_ptr<Database>& database, const QDateTime& now, int pageSize,
                                         const Take& take, const QString& searchText)
{
    return forEachReadPage(
        database, now, pageSize, {}, [&take](const ReadPage& page) { return take(page.apps); }, searchText);
}

Status ConcurrentPageReader::forEachRenderedPage(const std::shared_ptr<Database>& database, const QDateTime& now,
                                                 int pageSize, const MakeRender& makeRender, const TakeRendered& take,
                                                 const QString& searchText)
{
    return forEachReadPage(
        database, now, pageSize, makeRender, [&take](const ReadPage& page) { return take(page.rendered); }, searchText);
}

Status ConcurrentPageReader::forEachReadPage(const std::shared_ptr<Database>& database, const QDateTime& now,
                                             int pageSize, const MakeRender& makeRender, const TakePage& take,
                                             const QString& searchText)
{
    const Render render = makeRender ? makeRender() : Render();
    const Take takeMade = [&](const QList<AppOverview>& apps) {
        return take(made(apps, render));
    };
    if (!searchText.isEmpty())
        return AppOverviewReader::forEachPage(database, now, pageSize, takeMade, searchText);
    ConcurrentPageReader reader(*database, now, pageSize, makeRender ? makeRender() : Render());
    if (!*reader.m_begun)
        return AppOverviewReader::forEachPage(database, now, pageSize, takeMade);
    return reader.readInTurn(database, render, take);
}

ConcurrentPageReader::ReadPage ConcurrentPageReader::made(QList<AppOverview> apps, const Render& render)
{
    if (!render)
        return {apps.size(), std::move(apps), {}};
    return {apps.size(), {}, render(apps)};
}

ConcurrentPageReader::ConcurrentPageReader(const Database& database, const QDateTime& now, int pageSize, Render render)
    : m_now(now), m_pageSize(pageSize), m_render(std::move(render)),
      m_thread([this, &database](std::stop_token stop) { run(stop, database); })
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_begun.has_value(); });
}

ConcurrentPageReader::~ConcurrentPageReader()
{
    m_thread.request_stop();
    m_thread.join();
}

Status ConcurrentPageReader::readInTurn(const std::shared_ptr<Database>& database, const Render& render,
                                        const TakePage& take)
{
    for (qsizetype index = 0;; ++index) {
        const std::optional<Page> page = takeWhenRead(database, render, index);
        if (!page)
            return {};
        if (!page->ok())
            return page->error();
        if (page->value().appCount == 0)
            continue; // the last page, when the one before it ended the registry
        if (Status taken = take(page->value()); !taken)
            return taken;
    }
}

std::optional<ConcurrentPageReader::Page> ConcurrentPageReader::takeWhenRead(const std::shared_ptr<Database>& database,
                                                                             const Render& render, qsizetype index)
{
    for (;;) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_read.contains(index) || m_read.size() < Lookahead; });
        if (const auto found = m_read.find(index); found != m_read.end()) {
            Page page = std::move(found->second);
            m_read.erase(found);
            m_changed.notify_all(); // the other thread may read ahead again
            return page;
        }
        lock.unlock();
        if (const std::optional<Claim> claimed = claim(database)) {
            read(database, render, *claimed);
            continue;
        }
        // Every page is claimed: the other thread reads this one, or there is none.
        lock.lock();
        if (index >= *m_pageCount)
            return std::nullopt;
        m_changed.wait(lock, [&] { return m_read.contains(index); });
    }
}

std::optional<ConcurrentPageReader::Claim> ConcurrentPageReader::claim(const std::shared_ptr<Database>& database)
{
    const std::lock_guard claiming(m_claimMutex);
    if (m_allClaimed)
        return std::nullopt;
    const Result<std::optional<QString>> last = lastOfFullPage(database, m_nextAfter, m_pageSize);
    const Claim claimed{m_claimed++, m_nextAfter};
    m_allClaimed = !last || !last.value();
    if (m_allClaimed) {
        const std::lock_guard lock(m_mutex);
        m_pageCount = m_claimed;
        m_changed.notify_all();
    }
    if (!last) {
        store(claimed.index, last.error()); // taken in its turn, as the page's own error would be
        return std::nullopt;
    }
    if (last.value())
        m_nextAfter = *last.value();
    return claimed;
}

void ConcurrentPageReader::read(const std::shared_ptr<Database>& database, const Render& render, const Claim& claim)
{
    Result<QList<AppOverview>> apps =
        AppOverviewReader::loadPage(database, m_now, claim.afterApplicationId, m_pageSize);
    if (!apps)
        return store(claim.index, apps.error());
    store(claim.index, made(std::move(apps).value(), render));
}

void ConcurrentPageReader::store(qsizetype index, Page page)
{
    const std::lock_guard lock(m_mutex);
    m_read.emplace(index, std::move(page));
    m_changed.notify_all();
}

void ConcurrentPageReader::run(std::stop_token stop, const Database& database)
{
    // Opened, used and closed on this thread; declared first, so that it closes last.
    const Result<std::shared_ptr<Database>> reader = database.openReader();
    {
        const std::lock_guard lock(m_mutex);
        m_begun = reader.ok();
        m_changed.notify_all();
    }
    if (!reader)
        return;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            if (!m_changed.wait(lock, stop, [this] { return m_read.size() < Lookahead; }))
                return;
        }
        const std::optional<Claim> claimed = claim(reader.value());
        if (!claimed)
            return;
        read(reader.value(), m_render, *claimed);
    }
}

} // namespace AppKeys
