#pragma once

#include "AppIdRange.h"
#include "AuditAction.h"
#include "AuditChainVerifier.h"
#include "AuditCheckpoint.h"
#include "AuditEntry.h"
#include "AuditFilter.h"
#include "Result.h"
#include "Status.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <functional>
#include <memory>
#include <optional>

namespace AppKeys {

class Database;

/// The append-only, hash-chained audit trail (PRODUCT.md section 6), table audit_log.
class AuditLog
{
public:
    explicit AuditLog(std::shared_ptr<Database> database);

    const std::shared_ptr<Database>& database() const { return m_database; }

    /// Appends one entry inside the caller's open WriteTransaction, so that the entry commits or rolls back
    /// together with the change it records. Fills in sequence, previous hash and hash. The transaction's write lock
    /// is what keeps two writers from reading the same last link and forking the chain; should anything append
    /// without it, the unique sequence and hash make its insert fail instead.
    static Status appendInTransaction(QSqlDatabase& db, const QString& actor, const QDateTime& at, AuditAction action,
                                      const QString& applicationId, const QString& keyHint, const QJsonObject& details);

    /// The newest entry's sequence and hash on `db` (0 and AuditEntry::genesisHash() for an empty trail), seen now.
    static Result<AuditCheckpoint> headOf(const QSqlDatabase& db, const QString& registryId);

    /// Entries matching the filter, in sequence order.
    Result<QList<AuditEntry>> entries(const AuditFilter& filter = {}) const;
    /// A page of the entries matching the filter: in `order` of sequence, skipping the first `offset`, at most
    /// `limit`. The audit trail window reads only the pages in view.
    Result<QList<AuditEntry>> page(const AuditFilter& filter, Qt::SortOrder order, qint64 offset, int limit) const;
    /// How many entries match a filter, and the newest one's sequence (0 when none does), read at one instant.
    struct Extent
    {
        qint64 count = 0;
        qint64 lastSequence = 0;
    };
    Result<Extent> extent(const AuditFilter& filter = {}) const;
    /// Every actor of the entries matching the filter, once each, in the database's order.
    Result<QStringList> actors(const AuditFilter& filter = {}) const;
    /// The same entries handed to `take` one at a time as they are read, so that a trail of any length is never held
    /// in memory (`appkeys export --what audit`). Stops at the first error, `take`'s included.
    Status forEachEntry(const AuditFilter& filter, const std::function<Status(const AuditEntry&)>& take) const;
    /// The entries with one of `actions` whose application id is in the range, by application id and then in sequence
    /// order, holding only their sequence, action, application id, key hint and details (the rest left empty): what
    /// `audit verify` replays, a slice of apps at a time (AuditTableCheck). Stops at the first error, `take`'s
    /// included.
    Status forEachEntryOfApps(const AppIdRange& range, const QList<AuditAction>& actions,
                              const std::function<Status(const AuditEntry&)>& take) const;
    /// The entries with one of `actions` after `afterSequence`, in sequence order, holding only their
    /// sequence, action, application id, key hint and details (the rest left empty): what names the apps in the audit
    /// trail window, read without the columns it does not need. Stops at the first error, `take`'s included.
    Status forEachDetailsOf(const QList<AuditAction>& actions, qint64 afterSequence,
                            const std::function<Status(const AuditEntry&)>& take) const;
    /// Walks the whole chain once, in sequence order: nullopt when every link verifies, else the first broken entry.
    /// Each entry's sequence and hash (an altered entry's too) are handed to `take` as it is read: `audit verify`
    /// compares the trail with checkpoints while it walks, and so holds no more of a trail of any length than `take`
    /// keeps. An entry is parsed only when its columns as stored do not hash to its hash (AuditChainVerifier).
    Result<std::optional<AuditChainVerifier::Break>>
    verify(const std::function<void(qint64 sequence, const QString& hash)>& take = {}) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace AppKeys
