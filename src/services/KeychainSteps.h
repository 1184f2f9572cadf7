#pragma once

#include "Result.h"
#include "SecretStore.h"
#include "Status.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <memory>

namespace AppKeys {

/// The one rule for every change that spans the keychain and the registry (PRODUCT.md section 7), written once for
/// every action that issues, replaces or ends a credential:
/// - a new plaintext goes to a NEW keychain entry first (an entry is never overwritten: its name carries the
///   credential's own id), then the registry commits;
/// - an entry is removed only after the registry has committed that its credential is gone or replaced;
/// - after a commit whose outcome is unknown (ErrorCode::CommitOutcomeUnknown), the registry is asked whether the
///   change is there before anything is undone, and only what is certainly not committed is undone.
/// So a failure or a crash between two steps leaves at worst an entry no credential uses (an orphan, which
/// KeychainSweep removes), never a credential the registry accepts whose plaintext is lost. Each `done` runs exactly
/// once. The steps pass TestHook's points, so that the tests can kill the process between any two of them.
class KeychainSteps
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::KeychainSteps)

public:
    using Commit = std::function<Status()>;
    /// Whether the change that `Commit` makes is in the registry now; asked only after an unknown outcome.
    using IsCommitted = std::function<Result<bool>()>;
    /// `committed` is the registry's answer; `leftover` says whether the entries to be removed afterwards were
    /// (an Error there means the change is made, but an entry is left over in the keychain).
    using AfterCommit = std::function<void(Status committed, Status leftover)>;

    /// Writes `plaintext` to `newEntryKey`, then commits. If the keychain refuses, nothing is committed; if the commit
    /// certainly failed, the new entry is removed again (should that fail too, the Error's hint says so).
    static void storeThenCommit(const std::shared_ptr<SecretStore>& secrets, const QString& newEntryKey,
                                const QString& plaintext, Commit commit, IsCommitted isCommitted,
                                std::function<void(Status)> done);
    /// Commits, then removes `oldEntryKeys` (an entry that is already gone is fine). Nothing is removed unless the
    /// commit certainly took effect.
    static void commitThenRemove(const std::shared_ptr<SecretStore>& secrets, Commit commit, IsCommitted isCommitted,
                                 const QStringList& oldEntryKeys, AfterCommit done);
    /// Replacing a credential: storeThenCommit() of the new one, then removal of `oldEntryKeys`.
    static void replace(const std::shared_ptr<SecretStore>& secrets, const QString& newEntryKey,
                        const QString& plaintext, Commit commit, IsCommitted isCommitted,
                        const QStringList& oldEntryKeys, AfterCommit done);
    /// Removes the entries one after the other; an entry that is already gone is fine. Stops at the first failure.
    static void removeEntries(const std::shared_ptr<SecretStore>& secrets, QStringList entryKeys,
                              std::function<void(Status)> done);

private:
    enum class Outcome
    {
        Committed,
        NotCommitted,
        Unknown ///< the commit's outcome is unknown and the registry could not be asked either
    };
    /// Commits and, when the answer is lost, asks the registry what happened.
    static std::pair<Outcome, Status> commitAndSettle(const Commit& commit, const IsCommitted& isCommitted);
};

} // namespace AppKeys
