#include "AppLifecycleService.h"

#include "AppRepository.h"
#include "Clock.h"
#include "CredentialFormat.h"
#include "Database.h"
#include "InputChecks.h"
#include "NewApiKey.h"
#include "SecretEntryKeys.h"
#include "SecretStore.h"
#include "StoreThenCommit.h"

#include <QCoreApplication>
#include <optional>

namespace AppKeys {

namespace {

bool isMissingEntry(const Error& error)
{
    return error.code == SecretStore::EntryNotFoundCode;
}

/// Removes the entries one after the other; an entry that is already gone is fine. Stops at the first failure.
void removeEntries(const std::shared_ptr<SecretStore>& secrets, QStringList entryKeys, std::function<void(Status)> done)
{
    if (entryKeys.isEmpty())
        return done({});
    const QString entryKey = entryKeys.takeFirst();
    secrets->remove(entryKey, [secrets, entryKeys = std::move(entryKeys), done = std::move(done)](Status removed) {
        if (!removed && !isMissingEntry(removed.error()))
            return done(removed);
        removeEntries(secrets, entryKeys, done);
    });
}

/// After the database refused a new secret, the keychain gets back what it held before: the old secret, or
/// nothing at all when there was none.
void restoreSecret(const std::shared_ptr<SecretStore>& secrets, const QString& entryKey,
                   const std::optional<QString>& previousSecret, const Error& failure,
                   std::function<void(Result<IssuedApp>)> done)
{
    auto report = [failure, done = std::move(done)](Status restored) {
        Error error = failure;
        if (!restored)
            error.hint =
                QStringList{error.hint,
                            QCoreApplication::translate("AppKeys::AppLifecycleService",
                                                        "The keychain no longer holds the secret the registry expects: "
                                                        "%1 Regenerate the secret again once the keychain works.")
                                .arg(restored.error().message)}
                    .join(u'\n')
                    .trimmed();
        done(error);
    };
    if (previousSecret)
        secrets->write(entryKey, *previousSecret, std::move(report));
    else
        secrets->remove(entryKey, std::move(report));
}

} // namespace

AppLifecycleService::AppLifecycleService(std::shared_ptr<AppRepository> repository,
                                         std::shared_ptr<SecretStore> secrets,
                                         std::shared_ptr<const PermissionCatalogue> catalogue,
                                         std::shared_ptr<const Clock> clock)
    : m_repository(std::move(repository)), m_secrets(std::move(secrets)), m_catalogue(std::move(catalogue)),
      m_clock(std::move(clock))
{
}

Status AppLifecycleService::editDetails(const QString& applicationId, int expectedRowVersion, const AppDetails& details)
{
    if (Status writable = m_repository->database()->checkWritable(AuditAction::DetailsEdited); !writable)
        return writable;
    if (Status valid = InputChecks::checkDetails(details, *m_repository, applicationId); !valid)
        return valid;
    AppDetails stored = details;
    stored.name = details.name.trimmed();
    return m_repository->updateDetails(applicationId, expectedRowVersion, stored);
}

Status AppLifecycleService::editScope(const QString& applicationId, int expectedRowVersion, const AppScope& scope)
{
    if (Status writable = m_repository->database()->checkWritable(AuditAction::ScopeEdited); !writable)
        return writable;
    const Result<AppScope> stored = InputChecks::normalisedScope(scope, *m_catalogue);
    if (!stored)
        return stored.error();
    return m_repository->updateScope(applicationId, expectedRowVersion, stored.value());
}

void AppLifecycleService::rotateKey(const QString& applicationId, const QString& oldKeyId, int lifetimeDays,
                                    int overlapDays, std::function<void(Result<IssuedKey>)> done)
{
    if (Status writable = m_repository->database()->checkWritable(AuditAction::KeyRotated); !writable)
        return done(writable.error());
    if (Status overlap = InputChecks::checkOverlap(overlapDays); !overlap)
        return done(overlap.error());
    if (Status lifetime = InputChecks::checkLifetime(lifetimeDays); !lifetime)
        return done(lifetime.error());
    const Result<AppRecord> app = m_repository->findApp(applicationId);
    if (!app)
        return done(app.error());
    if (Status active = AppRepository::checkActive(app.value()); !active)
        return done(active.error());

    // The old key's state and the key limit are checked by the repository inside its transaction; a refusal there
    // removes the new keychain entry again.
    const QDateTime now = m_clock->nowUtc();
    const NewApiKey key = NewApiKey::generate(applicationId, m_repository->database()->actor(), now, lifetimeDays);
    const QString entryKey =
        SecretEntryKeys::apiKey(m_repository->database()->registryId(), applicationId, key.record.keyId);
    storeThenCommit<IssuedKey>(
        m_secrets, entryKey, key.plaintext,
        [repository = m_repository, applicationId, oldKeyId, oldKeyExpiresAt = now.addDays(overlapDays),
         record = key.record] { return repository->rotateKey(applicationId, oldKeyId, oldKeyExpiresAt, record); },
        key.issued(), std::move(done));
}

void AppLifecycleService::revokeKey(const QString& applicationId, const QString& keyId,
                                    std::function<void(Status)> done)
{
    // The database first: once it says revoked, the key is unusable whatever the keychain does next.
    if (Status revoked = m_repository->revokeKey(applicationId, keyId); !revoked)
        return done(revoked);
    const QString entryKey = SecretEntryKeys::apiKey(m_repository->database()->registryId(), applicationId, keyId);
    m_secrets->remove(entryKey, [done = std::move(done)](Status removed) {
        if (removed || isMissingEntry(removed.error()))
            return done({});
        done(Error{QCoreApplication::translate("AppKeys::AppLifecycleService",
                                               "The API key is revoked, but its keychain entry could not be removed."),
                   QCoreApplication::translate("AppKeys::AppLifecycleService",
                                               "%1 The key can no longer be used; only its keychain entry is left "
                                               "over.")
                       .arg(removed.error().text()),
                   removed.error().code});
    });
}

void AppLifecycleService::regenerateSecret(const QString& applicationId, std::function<void(Result<IssuedApp>)> done)
{
    if (Status writable = m_repository->database()->checkWritable(AuditAction::SecretRegenerated); !writable)
        return done(writable.error());
    const Result<AppRecord> app = m_repository->findApp(applicationId);
    if (!app)
        return done(app.error());

    const QString entryKey = SecretEntryKeys::appSecret(m_repository->database()->registryId(), applicationId);
    m_secrets->read(entryKey, [secrets = m_secrets, repository = m_repository, applicationId, entryKey,
                               done = std::move(done)](Result<QString> old) mutable {
        // A secret missing from the keychain is what regenerating repairs; only then is there nothing to restore.
        if (!old && !isMissingEntry(old.error()))
            return done(old.error());
        const std::optional<QString> previousSecret = old ? std::optional(old.value()) : std::nullopt;
        const QString secret = CredentialFormat::generate(CredentialKind::Secret);
        IssuedApp issued{applicationId, secret, CredentialFormat::hint(secret)};
        secrets->write(entryKey, secret,
                       [secrets, repository, entryKey, previousSecret, issued = std::move(issued),
                        done = std::move(done)](Status written) mutable {
                           if (!written)
                               return done(written.error());
                           const Status committed = repository->replaceSecret(
                               issued.applicationId, CredentialFormat::sha256Hex(issued.secret), issued.secretHint);
                           if (committed)
                               return done(issued);
                           restoreSecret(secrets, entryKey, previousSecret, committed.error(), std::move(done));
                       });
    });
}

Status AppLifecycleService::deactivate(const QString& applicationId)
{
    return m_repository->setActive(applicationId, false);
}

Status AppLifecycleService::reactivate(const QString& applicationId)
{
    return m_repository->setActive(applicationId, true);
}

void AppLifecycleService::deleteApp(const QString& applicationId, std::function<void(Status)> done)
{
    if (Status writable = m_repository->database()->checkWritable(AuditAction::AppDeleted); !writable)
        return done(writable);
    const Result<AppRecord> app = m_repository->findApp(applicationId);
    if (!app)
        return done(app.error());
    const Result<QList<KeyRecord>> keys = m_repository->keysForApp(applicationId);
    if (!keys)
        return done(keys.error());

    const QString registryId = m_repository->database()->registryId();
    QStringList entryKeys{SecretEntryKeys::appSecret(registryId, applicationId)};
    for (const KeyRecord& key : keys.value())
        entryKeys.append(SecretEntryKeys::apiKey(registryId, applicationId, key.keyId));
    removeEntries(m_secrets, entryKeys,
                  [repository = m_repository, applicationId, name = app.value().details.name,
                   done = std::move(done)](Status removed) {
                      if (!removed)
                          return done(Error{QCoreApplication::translate("AppKeys::AppLifecycleService",
                                                                        "The app “%1” was not deleted: its keychain "
                                                                        "entries could not be removed.")
                                                .arg(name),
                                            removed.error().text(), removed.error().code});
                      done(repository->markDeleted(applicationId));
                  });
}

void AppLifecycleService::revealSecret(const QString& applicationId, std::function<void(Result<QString>)> done)
{
    if (Status recorded = m_repository->recordSecretRead(applicationId, AuditAction::SecretRevealed); !recorded)
        return done(recorded.error());
    m_secrets->read(SecretEntryKeys::appSecret(m_repository->database()->registryId(), applicationId), std::move(done));
}

void AppLifecycleService::revealKey(const QString& applicationId, const QString& keyId,
                                    std::function<void(Result<QString>)> done)
{
    if (Status writable = m_repository->database()->checkWritable(AuditAction::KeyRevealed); !writable)
        return done(writable.error());
    const Result<KeyRecord> key = m_repository->findKey(applicationId, keyId);
    if (!key)
        return done(key.error());
    if (Status recorded = m_repository->recordSecretRead(applicationId, AuditAction::KeyRevealed, key.value().keyHint);
        !recorded)
        return done(recorded.error());
    m_secrets->read(SecretEntryKeys::apiKey(m_repository->database()->registryId(), applicationId, keyId),
                    std::move(done));
}

} // namespace AppKeys
