#pragma once

#include "AuditCheckpoint.h"
#include "Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

namespace AppKeys {

/// Compares an audit trail whose chain verifies with checkpoints of it (AuditCheckpoint). A checkpoint the trail
/// still holds (the same hash at the same sequence) vouches for every entry up to it, because each hash covers the
/// one before; the first checkpoint it no longer holds shows where the trail was cut short or rewritten.
class AuditCheckpointComparison
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::AuditCheckpointComparison)

public:
    /// Who kept the checkpoints, for the message.
    enum class Keeper
    {
        ThisMachine, ///< this machine's checkpoint file
        GivenLine    ///< a line passed to `audit verify --against`
    };

    /// `trailHashes`: every entry's hash by sequence; `lastSequence`: the newest entry's (0 for an empty trail).
    static AuditCheckpointComparison compare(const QList<AuditCheckpoint>& checkpoints,
                                             const QHash<qint64, QString>& trailHashes, qint64 lastSequence);

    bool isIntact() const { return !m_firstBroken; }
    /// The newest checkpoint the trail still holds as it was seen.
    const std::optional<AuditCheckpoint>& newestIntact() const { return m_newestIntact; }
    /// The oldest checkpoint the trail no longer holds.
    const std::optional<AuditCheckpoint>& firstBroken() const { return m_firstBroken; }

    /// ErrorCode::AuditTrailRewritten: "The audit trail was truncated or rewritten after entry N, which this machine
    /// saw on DATE." (or "at or before entry N" when no earlier checkpoint still holds), with what changed as hint.
    /// Only when !isIntact().
    Error error(Keeper keeper) const;

    /// "2025-03-01 10:00:00 UTC"
    static QString dateText(const QDateTime& time);

private:
    QString brokenDetail(Keeper keeper) const;

    std::optional<AuditCheckpoint> m_newestIntact;
    std::optional<AuditCheckpoint> m_firstBroken;
    qint64 m_lastSequence = 0;
};

} // namespace AppKeys
