#pragma once

#include "AuditCheckpoint.h"
#include "AuditTableCheck.h"
#include "ConcurrentTableComparison.h"
#include "Result.h"

#include <QCoreApplication>
#include <functional>
#include <memory>
#include <optional>

namespace AppKeys {

class AuditCheckpointStore;
class Database;
class SecretStore;

/// `appkeys audit verify` and the window's Verify chain (PRODUCT.md section 6), in the order in which each step can
/// be trusted: the hash chain; this machine's checkpoints (AuditCheckpointStore), which catch a trail cut short or
/// rewritten with recomputed hashes; a checkpoint line kept elsewhere, if one is given; and the tables, replayed from
/// the trail (AuditTableComparison) a slice of apps at a time, on a second connection while the chain is walked. The
/// first problem is the Error; a trail that passes every step has its head kept as this machine's newest checkpoint.
class AuditVerification
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::AuditVerification)

public:
    struct Report
    {
        qint64 entryCount = 0;
        AuditCheckpoint head; ///< the trail's newest entry, now kept as this machine's checkpoint
        /// The newest of this machine's earlier checkpoints, which the trail still holds; nullopt when this machine
        /// had none yet for this registry.
        std::optional<AuditCheckpoint> confirmedCheckpoint;
        /// The checkpoint line that was given, which the trail holds.
        std::optional<AuditCheckpoint> confirmedLine;
        AuditTableCheck tables;
    };
    using Callback = std::function<void(Result<Report>)>;
    /// The two long steps: the walk of the chain, then the comparison of the tables with the trail.
    enum class Stage
    {
        Chain,
        Tables
    };
    /// How far a step has come, called from within the verification, on its thread: for Stage::Chain, entries
    /// checked of the trail's length when it started, every ProgressInterval entries; for Stage::Tables, apps compared
    /// of the apps there are, after the walk, as slices of AuditTableComparison::AppsPerSlice apps are compared (they
    /// are compared beside the walk: the first report may already count several).
    using Progress = std::function<void(Stage stage, qint64 checked, qint64 total)>;
    static constexpr qint64 ProgressInterval = 10000;

    AuditVerification(std::shared_ptr<Database> database, std::shared_ptr<SecretStore> secrets);

    /// `done` runs once, after the keychain has answered. `against`: a line printed by `audit checkpoint`.
    void run(std::optional<AuditCheckpoint> against, Callback done, Progress progress = {});
    /// run(), waiting for the keychain in a local event loop: for the command line.
    Result<Report> runAndWait(std::optional<AuditCheckpoint> against, Progress progress = {});

private:
    Result<Report> verify(AuditCheckpointStore& checkpoints, const std::optional<AuditCheckpoint>& against,
                          const Progress& progress) const;
    /// Beside the walk when `beside` is set and its connection did not fail, else on this connection.
    Result<AuditTableCheck> compareTables(std::optional<ConcurrentTableComparison>& beside,
                                          const Progress& progress) const;

    std::shared_ptr<Database> m_database;
    std::shared_ptr<SecretStore> m_secrets;
};

} // namespace AppKeys
