#pragma once

#include "Result.h"

#include <QDateTime>
#include <QString>

namespace AppKeys {

/// The head of a registry's audit trail as someone saw it: the newest entry's sequence and hash, and when. Kept
/// outside the database (this machine's checkpoint file, a webhook receiver, a ticket), it lets `appkeys audit
/// verify` notice a trail that was cut short or rewritten with recomputed hashes, which the chain alone cannot show.
///
/// As one line of text:
///     appkeys-audit-head/1 registry=<registry id> entry=<sequence> hash=<64 hex digits> seen=<ISO 8601 UTC, ms>
struct AuditCheckpoint
{
    QString registryId;
    qint64 sequence = 0; ///< 0 for a trail without entries
    QString hash;        ///< the entry's hash; AuditEntry::genesisHash() for an empty trail
    QDateTime seenAt;    ///< UTC

    QString toLine() const;
    /// Reads a line written by toLine(), surrounding spaces allowed; a translated Error that says what is wrong.
    static Result<AuditCheckpoint> fromLine(const QString& line);

    bool operator==(const AuditCheckpoint&) const = default;
};

} // namespace AppKeys
