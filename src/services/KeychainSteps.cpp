#include "KeychainSteps.h"

#include "ErrorCode.h"
#include "TestHook.h"

namespace AppKeys {

namespace {

bool isMissingEntry(const Status& status)
{
    return !status && status.error().code == SecretStore::EntryNotFoundCode;
}

Error withHint(Error error, const QString& hint)
{
    error.hint = QStringList{error.hint, hint}.join(u'\n').trimmed();
    return error;
}

} // namespace

std::pair<KeychainSteps::Outcome, Status> KeychainSteps::commitAndSettle(const Commit& commit,
                                                                         const IsCommitted& isCommitted)
{
    const Status committed = commit();
    if (committed)
        return {Outcome::Committed, committed};
    if (committed.error().code != ErrorCode::CommitOutcomeUnknown)
        return {Outcome::NotCommitted, committed};
    const Result<bool> found = isCommitted();
    if (found && found.value())
        return {Outcome::Committed, Status()};
    if (found)
        return {Outcome::NotCommitted, Error{committed.error().message, committed.error().hint}};
    return {Outcome::Unknown,
            Error{tr("It is not known whether the registry saved the change: %1").arg(committed.error().message),
                  tr("The keychain is left as it is, so that nothing the registry may hold is lost. AppKeys checks "
                     "again at its next start (or run: appkeys repair)."),
                  ErrorCode::CommitOutcomeUnknown}};
}

void KeychainSteps::storeThenCommit(const std::shared_ptr<SecretStore>& secrets, const QString& newEntryKey,
                                    const QString& plaintext, Commit commit, IsCommitted isCommitted,
                                    std::function<void(Status)> done)
{
    TestHook::reach("keychain.before-write");
    secrets->write(newEntryKey, plaintext,
                   [secrets, newEntryKey, commit = std::move(commit), isCommitted = std::move(isCommitted),
                    done = std::move(done)](Status written) {
                       if (!written)
                           return done(written);
                       TestHook::reach("keychain.after-write");
                       auto [outcome, committed] = commitAndSettle(commit, isCommitted);
                       if (outcome != Outcome::NotCommitted)
                           return done(committed);
                       secrets->remove(newEntryKey, [failure = committed.error(), done](Status removed) {
                           if (!removed)
                               return done(withHint(failure, tr("Its keychain entry could not be removed either: %1")
                                                                 .arg(removed.error().message)));
                           done(failure);
                       });
                   });
}

void KeychainSteps::commitThenRemove(const std::shared_ptr<SecretStore>& secrets, Commit commit,
                                     IsCommitted isCommitted, const QStringList& oldEntryKeys, AfterCommit done)
{
    TestHook::reach("registry.before-commit");
    auto [outcome, committed] = commitAndSettle(commit, isCommitted);
    if (outcome != Outcome::Committed)
        return done(committed, {});
    TestHook::reach("registry.after-commit");
    removeEntries(secrets, oldEntryKeys, [done = std::move(done)](Status removed) { done({}, removed); });
}

void KeychainSteps::replace(const std::shared_ptr<SecretStore>& secrets, const QString& newEntryKey,
                            const QString& plaintext, Commit commit, IsCommitted isCommitted,
                            const QStringList& oldEntryKeys, AfterCommit done)
{
    storeThenCommit(secrets, newEntryKey, plaintext, std::move(commit), std::move(isCommitted),
                    [secrets, oldEntryKeys, done = std::move(done)](Status committed) {
                        if (!committed)
                            return done(committed, {});
                        TestHook::reach("registry.after-commit");
                        removeEntries(secrets, oldEntryKeys, [done](Status removed) { done({}, removed); });
                    });
}

void KeychainSteps::removeEntries(const std::shared_ptr<SecretStore>& secrets, QStringList entryKeys,
                                  std::function<void(Status)> done)
{
    if (entryKeys.isEmpty())
        return done({});
    const QString entryKey = entryKeys.takeFirst();
    secrets->remove(entryKey, [secrets, entryKeys = std::move(entryKeys), done = std::move(done)](Status removed) {
        if (!removed && !isMissingEntry(removed))
            return done(removed);
        removeEntries(secrets, entryKeys, done);
    });
}

} // namespace AppKeys
