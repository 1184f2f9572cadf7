#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <chrono>
#include <functional>
#include <memory>

namespace AppKeys {

class Clock;
class Database;
class SecretStore;

/// Brings this machine's keychain and a registry back into step (PRODUCT.md section 7), at every start of the window
/// and of `appkeys alerts --send`, and as `appkeys repair [--dry-run]`:
/// - keychain entries of this registry that no live credential uses (left by a crash, or by a removal that failed)
///   are removed, each with an audit entry (keychain.entry_removed);
/// - live credentials whose plaintext is missing from this keychain, or does not hash to the registry's SHA-256, are
///   reported (KeychainReport), a finding at a time into KeychainReportFile, which the window, `list`, `show` and
///   `repair` read (KeychainReportLookup): the sweep holds no more of them than a page and a run of sorted lines.
/// An orphan younger than Options::minimumOrphanAge is left alone: it may belong to a change another AppKeys process
/// is making right now (its keychain entry written, its commit not yet made).
/// The registry is read a page of apps at a time, between the keychain's answers, so that a sweep of 100,000 apps
/// holds one page of them and never stalls the window's event loop for long.
class KeychainSweep
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::KeychainSweep)

public:
    struct Options
    {
        bool dryRun = false; ///< report what would be removed, remove nothing
        std::chrono::seconds minimumOrphanAge{std::chrono::minutes(10)};
    };

    struct Outcome
    {
        QDateTime checkedAt;
        QString checkedBy; ///< the actor whose keychain was looked at (user@host, or the database role)
        qsizetype findings =
            0; ///< live credentials whose plaintext is missing or different here: the report lists them
        qsizetype ownFindings =
            0; ///< of them, those checkedBy issued: on a team registry the others are in others' keychains
        QStringList removedEntries; ///< removed; in a dry run, the ones that would be
        QStringList youngEntries;   ///< unused but younger than minimumOrphanAge, so left for a later sweep
        QString listingProblem;     ///< why unused entries could not be looked for; empty when they were
        QString reportFileProblem;  ///< why the report could not be kept for the window and the command line
    };

    /// Runs one sweep; `done` runs exactly once, after the keychain has answered. An Error when the registry cannot be
    /// read or the keychain cannot be (it is locked, absent, or does not answer): then nothing was removed.
    static void run(const std::shared_ptr<Database>& database, const std::shared_ptr<SecretStore>& secrets,
                    const std::shared_ptr<const Clock>& clock, Options options,
                    std::function<void(Result<Outcome>)> done);
};

} // namespace AppKeys
