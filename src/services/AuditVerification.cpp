#include "AuditVerification.h"

#include "AuditCheckpointComparison.h"
#include "AuditCheckpointStore.h"
#include "AuditLog.h"
#include "Database.h"
#include "ErrorCode.h"
#include "RegistryContentsReader.h"

#include <QEventLoop>

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

QHash<qint64, QString> hashesBySequence(const QList<AuditEntry>& entries)
{
    QHash<qint64, QString> hashes;
    hashes.reserve(entries.size());
    for (const AuditEntry& entry : entries)
        hashes.insert(entry.sequence, entry.hash);
    return hashes;
}

} // namespace

AuditVerification::AuditVerification(std::shared_ptr<Database> database, std::shared_ptr<SecretStore> secrets)
    : m_database(std::move(database)), m_secrets(std::move(secrets))
{
}

void AuditVerification::run(std::optional<AuditCheckpoint> against, Callback done)
{
    auto checkpoints = std::make_shared<AuditCheckpointStore>(m_secrets, m_database->registryId());
    // The store keeps itself alive only through this callback; the verification may be gone by the time it runs.
    checkpoints->unlock(
        [database = m_database, secrets = m_secrets, checkpoints, against, done = std::move(done)](Status unlocked) {
            if (!unlocked)
                return done(unlocked.error());
            done(AuditVerification(database, secrets).verify(*checkpoints, against));
        });
}

Result<AuditVerification::Report> AuditVerification::runAndWait(std::optional<AuditCheckpoint> against)
{
    std::optional<Result<Report>> outcome;
    QEventLoop loop;
    run(std::move(against), [&outcome, &loop](Result<Report> report) {
        outcome = std::move(report);
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return std::move(*outcome);
}

Result<AuditVerification::Report> AuditVerification::verify(AuditCheckpointStore& checkpoints,
                                                            const std::optional<AuditCheckpoint>& against) const
{
    const Result<AuditLog::Reading> reading = AuditLog(m_database).readAndVerify();
    if (!reading)
        return reading.error();
    if (const std::optional<AuditChainVerifier::Break>& broken = reading.value().brokenAt)
        return chainBroken(*broken);
    const QList<AuditEntry>& entries = reading.value().entries;
    const QHash<qint64, QString> hashes = hashesBySequence(entries);
    const qint64 last = entries.isEmpty() ? 0 : entries.constLast().sequence;

    const Result<QList<AuditCheckpoint>> kept = checkpoints.read();
    if (!kept)
        return kept.error();
    const AuditCheckpointComparison ours = AuditCheckpointComparison::compare(kept.value(), hashes, last);
    if (!ours.isIntact())
        return ours.error(AuditCheckpointComparison::Keeper::ThisMachine);
    if (against && against->registryId != m_database->registryId())
        return otherRegistry(*against, m_database->registryId());
    const AuditCheckpointComparison given =
        AuditCheckpointComparison::compare(against ? QList{*against} : QList<AuditCheckpoint>{}, hashes, last);
    if (!given.isIntact())
        return given.error(AuditCheckpointComparison::Keeper::GivenLine);

    const Result<RegistryContents> contents = RegistryContentsReader(m_database).read();
    if (!contents)
        return contents.error();
    AuditTableCheck tables = AuditTableCheck::run(entries, contents.value());
    if (!tables.isConsistent())
        return tables.error();

    const AuditCheckpoint head{m_database->registryId(), last,
                               entries.isEmpty() ? AuditEntry::genesisHash() : entries.constLast().hash,
                               QDateTime::currentDateTimeUtc()};
    if (Status recorded = checkpoints.record(head); !recorded)
        return recorded.error();
    return Report{static_cast<qint64>(entries.size()), head, ours.newestIntact(), given.newestIntact(),
                  std::move(tables)};
}

} // namespace AppKeys
