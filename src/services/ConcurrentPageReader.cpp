#include "ConcurrentPageReader.h"

#include "AppOverviewReader.h"
#include "AppRepository.h"
#include "AppSelection.h"
#include "Database.h"

namespace AppKeys {

namespace {

/// The ids of the page after `afterApplicationId`: one query on the listing's index, which tells where the next page
/// starts without reading this one's rows.
Result<QStringList> pageIds(const std::shared_ptr<Database>& database, const QString& afterApplicationId, int pageSize)
{
    return AppRepository(database).listIds(AppSelection::page(afterApplicationId, pageSize, database->dialect()));
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
    return reader.readInPairs(database, take);
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

Status ConcurrentPageReader::readInPairs(const std::shared_ptr<Database>& database, const Take& take)
{
    QString after;
    for (;;) {
        const Result<QStringList> firstIds = pageIds(database, after, m_pageSize);
        if (!firstIds)
            return firstIds.error();
        if (firstIds.value().isEmpty())
            return {};
        request(after);
        const bool full = firstIds.value().size() == m_pageSize;
        const QString afterFirst = firstIds.value().constLast();
        const Result<QStringList> secondIds = full ? pageIds(database, afterFirst, m_pageSize) : QStringList();
        const bool second = secondIds && !secondIds.value().isEmpty();
        const Result<QList<AppOverview>> secondPage =
            second ? AppOverviewReader::loadPage(database, m_now, afterFirst, m_pageSize) : QList<AppOverview>();
        const Result<QList<AppOverview>> firstPage = response();
        if (Status taken = takeRead(firstPage, take); !taken)
            return taken;
        if (!secondIds)
            return secondIds.error();
        if (!second)
            return {};
        if (Status taken = takeRead(secondPage, take); !taken)
            return taken;
        if (secondIds.value().size() < m_pageSize)
            return {};
        after = secondIds.value().constLast();
    }
}

void ConcurrentPageReader::request(const QString& afterApplicationId)
{
    const std::lock_guard lock(m_mutex);
    m_request = afterApplicationId;
    m_changed.notify_all();
}

Result<QList<AppOverview>> ConcurrentPageReader::response()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_response.has_value(); });
    Result<QList<AppOverview>> page = std::move(*m_response);
    m_response.reset();
    return page;
}

void ConcurrentPageReader::run(std::stop_token stop, const Database& database)
{
    // Opened, used and closed on this thread; declared first, so that it closes last.
    const Result<std::shared_ptr<Database>> reader = database.openReader();
    std::unique_lock lock(m_mutex);
    m_begun = reader.ok();
    m_changed.notify_all();
    if (!reader)
        return;
    while (m_changed.wait(lock, stop, [this] { return m_request.has_value(); })) {
        const QString after = *m_request;
        m_request.reset();
        lock.unlock();
        Result<QList<AppOverview>> page = AppOverviewReader::loadPage(reader.value(), m_now, after, m_pageSize);
        lock.lock();
        m_response = std::move(page);
        m_changed.notify_all();
    }
}

} // namespace AppKeys
