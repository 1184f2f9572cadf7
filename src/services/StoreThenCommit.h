#pragma once

#include "Result.h"
#include "SecretStore.h"
#include "Status.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <memory>

namespace AppKeys {

/// PRODUCT.md section 7: the plaintext goes to the keychain first; only then is the database changed, and if that
/// fails the keychain entry is removed again, so a failure leaves neither half behind. `done` runs exactly once.
template <typename Issued>
void storeThenCommit(const std::shared_ptr<SecretStore>& secrets, const QString& entryKey, const QString& plaintext,
                     std::function<Status()> commit, Issued issued, std::function<void(Result<Issued>)> done)
{
    secrets->write(entryKey, plaintext,
                   [secrets, entryKey, commit = std::move(commit), issued = std::move(issued),
                    done = std::move(done)](Status written) {
                       if (!written) {
                           done(written.error());
                           return;
                       }
                       const Status committed = commit();
                       if (committed) {
                           done(issued);
                           return;
                       }
                       secrets->remove(entryKey, [failure = committed.error(), done](Status removed) {
                           Error error = failure;
                           if (!removed)
                               error.hint =
                                   QStringList{error.hint, QCoreApplication::translate(
                                                               "AppKeys::AppRegistrationService",
                                                               "Its keychain entry could not be removed either: %1")
                                                               .arg(removed.error().message)}
                                       .join(u'\n')
                                       .trimmed();
                           done(error);
                       });
                   });
}

} // namespace AppKeys
