#pragma once

#include "AuditEntry.h"
#include "AuditFilter.h"
#include "Result.h"
#include "Status.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <memory>

namespace AppKeys {

class AuditLog;

/// The rows of the audit trail window and the History tab, read a page at a time as they come into view, so that a
/// trail of a million entries is never held: at most CachedPages pages are kept, the least recently used dropped
/// first. The rows are the entries matching the filter as the trail stood at reset(): entries are only ever appended,
/// so with a bound on the sequence no row moves while the user scrolls.
class AuditPageCache : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageSize = 200;
    static constexpr int CachedPages = 20;

    explicit AuditPageCache(QObject* parent = nullptr);

    /// Counts the entries of `auditLog` matching `filter` as the trail stands now, in `order` of sequence (newest
    /// first when descending), and forgets every page held. On failure there are no rows.
    Status reset(std::shared_ptr<const AuditLog> auditLog, const AuditFilter& filter, Qt::SortOrder order);
    /// No rows, no pages.
    void clear();
    /// The same rows in the other order: only the pages held are dropped.
    void setOrder(Qt::SortOrder order);
    qint64 rowCount() const { return m_rowCount; }
    Qt::SortOrder order() const { return m_order; }
    /// The filter of the rows, bounded to the trail as it stood at reset().
    const AuditFilter& filter() const { return m_filter; }

    /// The entry at `row`, its page read when it is not held; nullptr when the read failed (readFailed tells why,
    /// once: no page is read again until the next reset).
    const AuditEntry* entryAt(qint64 row);

signals:
    void readFailed(const QString& message);

private:
    Result<QList<AuditEntry>> readPage(qint64 page) const;
    Result<QList<AuditEntry>> readReversed(const AuditFilter& filter, qint64 offset, int limit) const;
    AuditFilter beyond(qint64 sequence, Qt::SortOrder order) const;
    void keep(qint64 page, QList<AuditEntry> entries);

    std::shared_ptr<const AuditLog> m_auditLog;
    AuditFilter m_filter;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    qint64 m_rowCount = 0;
    bool m_failed = false;
    QHash<qint64, QList<AuditEntry>> m_pages;
    QList<qint64> m_pagesByUse; ///< least recently used first
};

} // namespace AppKeys
