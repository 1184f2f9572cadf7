#include "KeychainSteps.h"

namespace AppKeys {

namespace {

bool isMissingEntry(const Status& status)
{
    return !status && status.error().code == SecretStore::EntryNotFoundCode;
}

/// The commit's failure, with a note when the entry written for it could not be taken back.
Error withUnremovedEntry(Error failure, const Status& removed)
{
    if (!removed)
        failure.hint =
            QStringList{
                failure.hint,
                KeychainSteps::tr("Its keychain entry could not be removed either: %1").arg(removed.error().message)}
                .join(u'\n')
                .trimmed();
    return failure;
}

} // namespace

void KeychainSteps::storeThenCommit(const std::shared_ptr<SecretStore>& secrets, const QString& newEntryKey,
                                    const QString& plaintext, Commit commit, std::function<void(Status)> done)
{
    secrets->write(newEntryKey, plaintext,
                   [secrets, newEntryKey, commit = std::move(commit), done = std::move(done)](Status written) {
                       if (!written)
                           return done(written);
                       const Status committed = commit();
                       if (committed)
                           return done(committed);
                       secrets->remove(newEntryKey, [failure = committed.error(), done](Status removed) {
                           done(withUnremovedEntry(failure, removed));
                       });
                   });
}

void KeychainSteps::commitThenRemove(const std::shared_ptr<SecretStore>& secrets, Commit commit,
                                     const QStringList& oldEntryKeys, AfterCommit done)
{
    const Status committed = commit();
    if (!committed)
        return done(committed, {});
    removeEntries(secrets, oldEntryKeys, [done = std::move(done)](Status removed) { done({}, removed); });
}

void KeychainSteps::replace(const std::shared_ptr<SecretStore>& secrets, const QString& newEntryKey,
                            const QString& plaintext, Commit commit, const QStringList& oldEntryKeys, AfterCommit done)
{
    storeThenCommit(secrets, newEntryKey, plaintext, std::move(commit),
                    [secrets, oldEntryKeys, done = std::move(done)](Status committed) {
                        if (!committed)
                            return done(committed, {});
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
