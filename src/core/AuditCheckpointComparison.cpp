#include "AuditCheckpointComparison.h"

#include "ErrorCode.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AppKeys {

AuditCheckpointComparison AuditCheckpointComparison::compare(const QList<AuditCheckpoint>& checkpoints,
                                                             const QHash<qint64, QString>& trailHashes,
                                                             qint64 lastSequence)
{
    QList<AuditCheckpoint> oldestFirst = checkpoints;
    std::sort(oldestFirst.begin(), oldestFirst.end(),
              [](const AuditCheckpoint& a, const AuditCheckpoint& b) { return a.sequence < b.sequence; });
    AuditCheckpointComparison comparison;
    comparison.m_lastSequence = lastSequence;
    for (const AuditCheckpoint& checkpoint : std::as_const(oldestFirst)) {
        if (checkpoint.sequence == 0)
            continue; // every trail grows from the empty one
        if (trailHashes.value(checkpoint.sequence) != checkpoint.hash) {
            comparison.m_firstBroken = checkpoint;
            break;
        }
        comparison.m_newestIntact = checkpoint;
    }
    return comparison;
}

Error AuditCheckpointComparison::error(Keeper keeper) const
{
    const AuditCheckpoint& broken = *m_firstBroken;
    QString message;
    if (m_newestIntact && keeper == Keeper::ThisMachine)
        message = tr("The audit trail was truncated or rewritten after entry %1, which this machine saw on %2.")
                      .arg(m_newestIntact->sequence)
                      .arg(dateText(m_newestIntact->seenAt));
    else if (keeper == Keeper::ThisMachine)
        message = tr("The audit trail was truncated or rewritten at or before entry %1, which this machine saw on %2.")
                      .arg(broken.sequence)
                      .arg(dateText(broken.seenAt));
    else
        message = tr("The audit trail was truncated or rewritten at or before entry %1, which the given checkpoint "
                     "saw on %2.")
                      .arg(broken.sequence)
                      .arg(dateText(broken.seenAt));
    return Error{message,
                 brokenDetail(keeper) + u' ' +
                     tr("Entries from there on cannot be trusted: compare them with an export, a backup or another "
                        "checkpoint, and find out who can write to the registry's database."),
                 ErrorCode::AuditTrailRewritten};
}

QString AuditCheckpointComparison::brokenDetail(Keeper keeper) const
{
    const AuditCheckpoint& broken = *m_firstBroken;
    const QString seen = keeper == Keeper::ThisMachine ? tr("This machine saw entry %1 on %2 with the hash %3…")
                                                       : tr("The checkpoint saw entry %1 on %2 with the hash %3…");
    const QString saw = seen.arg(broken.sequence).arg(dateText(broken.seenAt), broken.hash.left(16));
    if (broken.sequence > m_lastSequence)
        return saw + u' ' +
               (m_lastSequence == 0 ? tr("The trail now has no entries.")
                                    : tr("The trail now ends at entry %1.").arg(m_lastSequence));
    return saw + u' ' + tr("The trail's entry %1 now has another hash.").arg(broken.sequence);
}

QString AuditCheckpointComparison::dateText(const QDateTime& time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
}

} // namespace AppKeys
