#pragma once

#include "AuditAction.h"
#include "AuditChainVerifier.h"
#include "AuditCheckpoint.h"
#include "AuditEntry.h"
#include "AuditFilter.h"
#include "Result.h"
#include "Status.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <memory>
#include <optional>

namespace AppKeys {

class Database;

/// The append-only, hash-chained audit trail (PRODUCT.md section 6), table audit_log.
class AuditLog
{
public:
    explicit AuditLog(std::shared_ptr<Database> database);

    /// Appends one entry inside the caller's open WriteTransaction, so that the entry commits or rolls back
    /// together with the change it records. Fills in sequence, previous hash and hash. The transaction's write lock
    /// is what keeps two writers from reading the same last link and forking the chain; should anything append
    /// without it, the unique sequence and hash make its insert fail instead.
    static Status appendInTransaction(QSqlDatabase& db, const QString& actor, const QDateTime& at, AuditAction action,
                                      const QString& applicationId, const QString& keyHint, const QJsonObject& details);

    /// The newest entry's sequence and hash on `db` (0 and AuditEntry::genesisHash() for an empty trail), seen now.
    static Result<AuditCheckpoint> headOf(const QSqlDatabase& db, const QString& registryId);

    /// The whole trail, read once: every entry, and where the chain breaks.
    struct Reading
    {
        QList<AuditEntry> entries;                         ///< in sequence order, altered ones included
        std::optional<AuditChainVerifier::Break> brokenAt; ///< the first entry that does not verify
    };

    /// Entries matching the filter, in sequence order.
    Result<QList<AuditEntry>> entries(const AuditFilter& filter = {}) const;
    /// Walks the whole chain; nullopt when every link verifies, else the first broken entry.
    Result<std::optional<AuditChainVerifier::Break>> verify() const;
    /// Reads and walks the whole chain: what `audit verify` compares with checkpoints and the tables.
    Result<Reading> readAndVerify() const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace AppKeys
