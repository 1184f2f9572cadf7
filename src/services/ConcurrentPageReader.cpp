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

Status takeRead(const Result<QList<AppOverview>>& page, const ConcurrentPageReader::Take& take)
{
    if (!page)
        return page.error();
    return take(page.value());
}

} // namespace

Status ConcurrentPageReader::forEachPage(const std::shared_ptr<Database>& database, const QDateTime& now, int pageSize,
                                         const Take& take, const QString& searchText)
{
    if (!searchText.isEmpty())
        return AppOverviewReader::forEachPage(database, now, pageSize, take, searchText);
    ConcurrentPageReader reader(*database, now, pageSize);
    if (!*reader.m_begun)
        return AppOverviewReader::forEachPage(database, now, pageSize, take);
    return reader.readInTurn(database, take);
}

ConcurrentPageReader::ConcurrentPageReader(const Database& database, const QDateTime& now, int pageSize)
    : m_now(now), m_pageSize(pageSize), m_thread([this, &database](std::stop_token stop) { run(stop, database); })
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_begun.has_value(); });
}

ConcurrentPageReader::~ConcurrentPageReader()
{
    m_thread.request_stop();
    m_thread.join();
}

Status ConcurrentPageReader::readInTurn(const std::shared_ptr<Database>& database, const Take& take)
{
    for (qsizetype index = 0;; ++index) {
        const std::optional<Page> page = takeWhenRead(database, index);
        if (!page)
            return {};
        if (page->ok() && page->value().isEmpty())
            continue; // the last page, when the one before it ended the registry
        if (Status taken = takeRead(*page, take); !taken)
            return taken;
    }
}

std::optional<ConcurrentPageReader::Page> ConcurrentPageReader::takeWhenRead(const std::shared_ptr<Database>& database,
                                                                             qsizetype index)
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
            read(database, *claimed);
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

void ConcurrentPageReader::read(const std::shared_ptr<Database>& database, const Claim& claim)
{
    store(claim.index, AppOverviewReader::loadPage(database, m_now, claim.afterApplicationId, m_pageSize));
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
        read(reader.value(), *claimed);
    }
}

} // namespace AppKeys
