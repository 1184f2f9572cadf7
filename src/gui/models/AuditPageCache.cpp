#include "AuditPageCache.h"

#include "AuditLog.h"

#include <algorithm>

namespace AppKeys {

namespace {

Qt::SortOrder reversed(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
}

} // namespace

AuditPageCache::AuditPageCache(QObject* parent) : QObject(parent) {}

void AuditPageCache::clear()
{
    m_rowCount = 0;
    m_failed = false;
    m_pages.clear();
    m_pagesByUse.clear();
}

void AuditPageCache::setOrder(Qt::SortOrder order)
{
    m_order = order;
    m_failed = false;
    m_pages.clear();
    m_pagesByUse.clear();
}

Status AuditPageCache::reset(std::shared_ptr<const AuditLog> auditLog, const AuditFilter& filter, Qt::SortOrder order)
{
    clear();
    m_auditLog = std::move(auditLog);
    m_filter = filter;
    m_order = order;
    const Result<AuditLog::Extent> extent = m_auditLog->extent(filter);
    if (!extent)
        return extent.error();
    // Entries appended from now on fall outside the rows: their sequences are higher than any counted.
    m_filter.beforeSequence = extent.value().lastSequence + 1;
    m_rowCount = extent.value().count;
    return {};
}

const AuditEntry* AuditPageCache::entryAt(qint64 row)
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const qint64 page = row / PageSize;
    auto held = m_pages.constFind(page);
    if (held == m_pages.constEnd()) {
        if (m_failed)
            return nullptr;
        Result<QList<AuditEntry>> read = readPage(page);
        if (!read) {
            m_failed = true;
            emit readFailed(read.error().text());
            return nullptr;
        }
        keep(page, std::move(read.value()));
        held = m_pages.constFind(page);
    } else if (m_pagesByUse.last() != page) {
        m_pagesByUse.removeOne(page);
        m_pagesByUse.append(page);
    }
    const qint64 index = row - page * PageSize;
    // Fewer rows than counted only when entries were deleted behind AppKeys' back: those rows stay empty.
    return index < held->size() ? &held->at(index) : nullptr;
}

void AuditPageCache::keep(qint64 page, QList<AuditEntry> entries)
{
    m_pages.insert(page, std::move(entries));
    m_pagesByUse.append(page);
    if (m_pagesByUse.size() > CachedPages)
        m_pages.remove(m_pagesByUse.takeFirst());
}

/// Next to a page held, a page starts where that one ends (an index range, nothing skipped); anywhere else it is
/// read from the nearer end of the rows, so that a jump to the end of a million rows skips none.
Result<QList<AuditEntry>> AuditPageCache::readPage(qint64 page) const
{
    const qint64 first = page * PageSize;
    const int size = int(std::min<qint64>(PageSize, m_rowCount - first));
    if (const auto previous = m_pages.constFind(page - 1); previous != m_pages.constEnd() && !previous->isEmpty())
        return m_auditLog->page(beyond(previous->last().sequence, m_order), m_order, 0, size);
    if (const auto next = m_pages.constFind(page + 1); next != m_pages.constEnd() && !next->isEmpty())
        return readReversed(beyond(next->first().sequence, reversed(m_order)), 0, size);
    const qint64 fromTheEnd = m_rowCount - (first + size);
    if (first <= fromTheEnd)
        return m_auditLog->page(m_filter, m_order, first, size);
    return readReversed(m_filter, fromTheEnd, size);
}

Result<QList<AuditEntry>> AuditPageCache::readReversed(const AuditFilter& filter, qint64 offset, int limit) const
{
    Result<QList<AuditEntry>> read = m_auditLog->page(filter, reversed(m_order), offset, limit);
    if (read)
        std::reverse(read.value().begin(), read.value().end());
    return read;
}

/// The rows after `sequence` in `order`, within the rows' own bounds.
AuditFilter AuditPageCache::beyond(qint64 sequence, Qt::SortOrder order) const
{
    AuditFilter filter = m_filter;
    if (order == Qt::DescendingOrder)
        filter.beforeSequence = std::min(sequence, filter.beforeSequence.value_or(sequence));
    else
        filter.afterSequence = std::max(sequence, filter.afterSequence.value_or(sequence));
    return filter;
}

} // namespace AppKeys
