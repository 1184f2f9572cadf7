#include "AuditVerification.h"

#include "AuditCheckpointComparison.h"
#include "AuditCheckpointStore.h"
#include "AuditLog.h"
#include "AuditTableComparison.h"
#include "Database.h"
#include "ErrorCode.h"
#include "ReadSnapshot.h"
#include "SqliteSearchIndex.h"

#include <QEventLoop>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

Error chainBroken(const AuditChainVerifier::Break& broken)
{
    return Error{AuditVerification::tr("Audit trail broken at entry %1: %2").arg(broken.sequence).arg(broken.reason),
                 AuditVerification::tr("Entries from there on cannot be trusted; compare them with an earlier export "
                                       "or backup."),
                 ErrorCode::AuditTrailRewritten};
}

Error otherRegistry(const AuditCheckpoint& line, const QString& registryId)
{
    return Error{AuditVerification::tr("The checkpoint is of another registry (%1), not of this one (%2).")
                     .arg(line.registryId, registryId),
                 AuditVerification::tr("Check the --database option, or give the checkpoint line of this registry."),
                 ErrorCode::InvalidInput};
}

/// What the verification keeps of the trail while it walks it, one entry at a time: its length and head, and the hashes
/// at the checkpoints' sequences only (not every entry's). A trail of a million entries is never in memory whole.
struct TrailWalk
{
    TrailWalk(const QList<AuditCheckpoint>& checkpoints, AuditVerification::Progress progress, qint64 total)
        : progress(std::move(progress)), total(total)
    {
        for (const AuditCheckpoint& checkpoint : checkpoints)
            checkpointSequences.insert(checkpoint.sequence);
    }

    void take(qint64 sequence, const QString& hash)
    {
        ++count;
        last = sequence;
        lastHash = hash;
        if (checkpointSequences.contains(sequence))
            checkpointHashes.insert(sequence, hash);
        if (progress && count % AuditVerification::ProgressInterval == 0)
            progress(AuditVerification::Stage::Chain, count, total);
    }

    AuditVerification::Progress progress;
    qint64 total = 0;

    QSet<qint64> checkpointSequences;
    QHash<qint64, QString> checkpointHashes;
    qint64 count = 0;
    qint64 last = 0;
    QString lastHash = AuditEntry::genesisHash();
};

} // namespace

AuditVerification::AuditVerification(std::shared_ptr<Database> database, std::shared_ptr<SecretStore> secrets)
    : m_database(std::move(database)), m_secrets(std::move(secrets))
{
}

void AuditVerification::run(std::optional<AuditCheckpoint> against, Callback done, Progress progress)
{
    auto checkpoints = std::make_shared<AuditCheckpointStore>(m_secrets, m_database->registryId());
    // The store keeps itself alive only through this callback; the verification may be gone by the time it runs.
    checkpoints->unlock([database = m_database, secrets = m_secrets, checkpoints, against, done = std::move(done),
                         progress = std::move(progress)](Status unlocked) {
        if (!unlocked)
            return done(unlocked.error());
        done(AuditVerification(database, secrets).verify(*checkpoints, against, progress));
    });
}

Result<AuditVerification::Report> AuditVerification::runAndWait(std::optional<AuditCheckpoint> against,
                                                                Progress progress)
{
    std::optional<Result<Report>> outcome;
    QEventLoop loop;
    run(
        std::move(against),
        [&outcome, &loop](Result<Report> report) {
            outcome = std::move(report);
            loop.quit();
        },
        std::move(progress));
    if (!outcome)
        loop.exec();
    return std::move(*outcome);
}

Result<AuditVerification::Report> AuditVerification::verify(AuditCheckpointStore& checkpoints,
                                                            const std::optional<AuditCheckpoint>& against,
                                                            const Progress& progress) const
{
    // Read first, so that the walk keeps the hashes they name; a failure is reported after the chain's, as the
    // chain is what the checkpoints are trusted through.
    const Result<QList<AuditCheckpoint>> kept = checkpoints.read();
    // The chain, its length and the tables, all as they stood at one instant: a change committed by someone else
    // while this runs is neither half seen (a row without its entry) nor reported as tampering. The tables are
    // compared beside the walk, on a connection of their own, when its snapshot is this one's (see
    // ConcurrentTableComparison); else after it, on this one.
    const Result<QString> markerBefore = ReadSnapshot::commitMarker(m_database->connection());
    std::optional<ConcurrentTableComparison> beside;
    if (markerBefore)
        beside.emplace(*m_database);
    ReadSnapshot snapshot(m_database->connection());
    const Result<QString> marker = snapshot.begin();
    if (!marker)
        return marker.error();
    if (beside && (!beside->hasBegun() || marker.value() != markerBefore.value()))
        beside.reset();
    const QList<AuditCheckpoint> givenLine = against ? QList{*against} : QList<AuditCheckpoint>{};
    // The length, for the progress only: an error here shows again, and is reported, when the trail is read.
    const Result<AuditCheckpoint> length = AuditLog::headOf(m_database->connection(), m_database->registryId());
    TrailWalk walk((kept ? kept.value() : QList<AuditCheckpoint>{}) + givenLine, progress,
                   length ? length.value().sequence : 0);
    const Result<std::optional<AuditChainVerifier::Break>> walked =
        AuditLog(m_database).verify([&walk](qint64 sequence, const QString& hash) { walk.take(sequence, hash); });
    if (!walked)
        return walked.error();
    if (const std::optional<AuditChainVerifier::Break>& broken = walked.value())
        return chainBroken(*broken);

    if (!kept)
        return kept.error();
    const AuditCheckpointComparison ours =
        AuditCheckpointComparison::compare(kept.value(), walk.checkpointHashes, walk.last);
    if (!ours.isIntact())
        return ours.error(AuditCheckpointComparison::Keeper::ThisMachine);
    if (against && against->registryId != m_database->registryId())
        return otherRegistry(*against, m_database->registryId());
    const AuditCheckpointComparison given =
        AuditCheckpointComparison::compare(givenLine, walk.checkpointHashes, walk.last);
    if (!given.isIntact())
        return given.error(AuditCheckpointComparison::Keeper::GivenLine);

    Result<AuditTableCheck> tables = compareTables(beside, progress);
    if (!tables)
        return tables.error();
    if (!tables.value().isConsistent())
        return tables.value().error();
    // What `list --search` finds through: a reader of the tables would otherwise trust an index that skips an app.
    if (m_database->dialect().engine() == SqlDialect::Engine::Sqlite) {
        if (Status index = SqliteSearchIndex::checkIntact(m_database->connection()); !index)
            return index.error();
    }

    const AuditCheckpoint head{m_database->registryId(), walk.last, walk.lastHash, QDateTime::currentDateTimeUtc()};
    if (Status recorded = checkpoints.record(head); !recorded)
        return recorded.error();
    return Report{walk.count, head, ours.newestIntact(), given.newestIntact(), std::move(tables).value()};
}

Result<AuditTableCheck> AuditVerification::compareTables(std::optional<ConcurrentTableComparison>& beside,
                                                         const Progress& progress) const
{
    AuditTableComparison::Progress tablesProgress;
    if (progress)
        tablesProgress = [&progress](qint64 compared, qint64 total) {
            progress(Stage::Tables, compared, total);
        };
    if (beside) {
        if (std::optional<AuditTableCheck> compared = beside->finish(m_database, tablesProgress))
            return std::move(*compared);
        // A read failed on one of the two connections: the same reads on this one alone tell what is wrong, if
        // anything still is.
    }
    return AuditTableComparison::compare(m_database, tablesProgress);
}

} // namespace AppKeys
