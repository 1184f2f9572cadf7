#include "CredentialService.h"

#include "AppRepository.h"
#include "Clock.h"
#include "CredentialFormat.h"
#include "Database.h"
#include "ErrorCode.h"
#include "KeyRepository.h"
#include "KeyRules.h"
#include "KeychainSteps.h"
#include "NewApiKey.h"
#include "SecretEntryKeys.h"
#include "SecretStore.h"

namespace AppKeys {

namespace {

/// Reads `entryKey`, else (not there) `fallbackEntryKey`: a secret AppKeys 0.1 kept under the app's one entry.
void readEither(const std::shared_ptr<SecretStore>& secrets, const QString& entryKey, const QString& fallbackEntryKey,
                SecretStore::ReadCallback done)
{
    secrets->read(entryKey, [secrets, fallbackEntryKey, done = std::move(done)](Result<QString> read) {
        if (!read && read.error().code == SecretStore::EntryNotFoundCode && !fallbackEntryKey.isEmpty())
            return secrets->read(fallbackEntryKey, done);
        done(std::move(read));
    });
}

} // namespace

CredentialService::CredentialService(std::shared_ptr<Database> database, std::shared_ptr<SecretStore> secrets,
                                     std::shared_ptr<const Clock> clock)
    : m_apps(std::make_shared<AppRepository>(database, clock)),
      m_keys(std::make_shared<KeyRepository>(std::move(database), clock)), m_secrets(std::move(secrets)),
      m_clock(std::move(clock))
{
}

Result<AppRecord> CredentialService::checkKeyCanBeIssued(const QString& applicationId, int lifetimeDays,
                                                         AuditAction action, const QString& replacedKeyId) const
{
    if (Status writable = m_apps->database()->checkWritable(action); !writable)
        return writable.error();
    if (Status lifetime = KeyRules::checkLifetime(lifetimeDays); !lifetime)
        return lifetime.error();
    Result<AppRecord> app = m_apps->findApp(applicationId);
    if (!app)
        return app.error();
    const Result<QList<KeyRecord>> keys = m_keys->keysForApp(applicationId);
    if (!keys)
        return keys.error();
    if (Status allowed = KeyRules::checkCanIssueKey(app.value(), keys.value(), m_clock->nowUtc(), replacedKeyId);
        !allowed)
        return allowed.error();
    return app;
}

void CredentialService::issueKey(const QString& applicationId, int lifetimeDays,
                                 std::function<Status(const KeyRecord&)> commit,
                                 std::function<void(Result<IssuedKey>)> done)
{
    const Database& database = *m_apps->database();
    const NewApiKey key = NewApiKey::generate(applicationId, database.actor(), m_clock->nowUtc(), lifetimeDays);
    KeychainSteps::storeThenCommit(
        m_secrets, SecretEntryKeys::apiKey(database.registryId(), applicationId, key.record.keyId), key.plaintext,
        [commit = std::move(commit), record = key.record] { return commit(record); },
        [keys = m_keys, keyId = key.record.keyId]() -> Result<bool> {
            const Result<std::optional<KeyRecord>> stored = keys->keyById(keyId);
            if (!stored)
                return stored.error();
            return stored.value().has_value();
        },
        [issued = key.issued(), done = std::move(done)](Status committed) {
            if (!committed)
                return done(committed.error());
            done(issued);
        });
}

void CredentialService::generateApiKey(const QString& applicationId, int lifetimeDays,
                                       std::function<void(Result<IssuedKey>)> done)
{
    if (const Result<AppRecord> app = checkKeyCanBeIssued(applicationId, lifetimeDays, AuditAction::KeyGenerated); !app)
        return done(app.error());
    issueKey(
        applicationId, lifetimeDays, [keys = m_keys](const KeyRecord& record) { return keys->insertKey(record); },
        std::move(done));
}

void CredentialService::rotateKey(const QString& applicationId, const QString& oldKeyId, int lifetimeDays,
                                  int overlapDays, std::function<void(Result<IssuedKey>)> done)
{
    if (Status overlap = KeyRules::checkOverlap(overlapDays); !overlap)
        return done(overlap.error());
    if (const Result<AppRecord> app =
            checkKeyCanBeIssued(applicationId, lifetimeDays, AuditAction::KeyRotated, oldKeyId);
        !app)
        return done(app.error());
    const Result<KeyRecord> oldKey = m_keys->findKey(applicationId, oldKeyId);
    if (!oldKey)
        return done(oldKey.error());
    if (Status rotatable = KeyRules::checkRotatable(oldKey.value(), m_clock->nowUtc()); !rotatable)
        return done(rotatable.error());
    const QDateTime oldKeyExpiresAt = m_clock->nowUtc().addDays(overlapDays);
    issueKey(
        applicationId, lifetimeDays,
        [keys = m_keys, applicationId, oldKeyId, oldKeyExpiresAt](const KeyRecord& record) {
            return keys->rotateKey(applicationId, oldKeyId, oldKeyExpiresAt, record);
        },
        std::move(done));
}

void CredentialService::revokeKey(const QString& applicationId, const QString& keyId, std::function<void(Status)> done)
{
    // The registry first: once it says revoked, the key is unusable whatever the keychain does next.
    KeychainSteps::commitThenRemove(
        m_secrets, [keys = m_keys, applicationId, keyId] { return keys->revokeKey(applicationId, keyId); },
        [keys = m_keys, keyId]() -> Result<bool> {
            const Result<std::optional<KeyRecord>> stored = keys->keyById(keyId);
            if (!stored)
                return stored.error();
            return stored.value() && stored.value()->revokedAt.isValid();
        },
        {SecretEntryKeys::apiKey(m_apps->database()->registryId(), applicationId, keyId)},
        [done = std::move(done)](Status committed, Status leftover) {
            if (!committed)
                return done(committed);
            if (!leftover)
                return done(Error{tr("The API key is revoked, but its keychain entry could not be removed."),
                                  tr("%1 The key can no longer be used; only its keychain entry is left over.")
                                      .arg(leftover.error().text()),
                                  leftover.error().code});
            done({});
        });
}

void CredentialService::regenerateSecret(const QString& applicationId, std::function<void(Result<IssuedApp>)> done)
{
    if (Status writable = m_apps->database()->checkWritable(AuditAction::SecretRegenerated); !writable)
        return done(writable.error());
    const Result<AppRecord> app = m_apps->findApp(applicationId);
    if (!app)
        return done(app.error());

    const QString registryId = m_apps->database()->registryId();
    const QString secret = CredentialFormat::generate(CredentialKind::Secret);
    const QString secretSha256 = CredentialFormat::sha256Hex(secret);
    const IssuedApp issued{applicationId, secret, CredentialFormat::hint(secret)};
    // Clients keep using the old secret until the registry has the new one, so its entry goes only after the commit.
    KeychainSteps::replace(
        m_secrets, SecretEntryKeys::appSecret(registryId, applicationId, secretSha256), secret,
        [apps = m_apps, issued, secretSha256] {
            return apps->replaceSecret(issued.applicationId, secretSha256, issued.secretHint);
        },
        [apps = m_apps, applicationId, secretSha256]() -> Result<bool> {
            const Result<std::optional<QString>> stored = apps->storedSecretSha256(applicationId);
            if (!stored)
                return stored.error();
            return stored.value() == secretSha256;
        },
        {SecretEntryKeys::appSecret(registryId, applicationId, app.value().secretSha256),
         SecretEntryKeys::legacyAppSecret(registryId, applicationId)},
        [issued, done = std::move(done)](Status committed, Status) {
            // An old entry left over holds a secret that no longer works; the sweep at the next start removes it.
            if (!committed)
                return done(committed.error());
            done(issued);
        });
}

void CredentialService::revealSecret(const QString& applicationId, std::function<void(Result<QString>)> done)
{
    const Result<AppRecord> app = m_apps->findApp(applicationId);
    if (!app)
        return done(app.error());
    if (Status recorded = m_apps->recordSecretRead(applicationId); !recorded)
        return done(recorded.error());
    const QString registryId = m_apps->database()->registryId();
    readEither(m_secrets, SecretEntryKeys::appSecret(registryId, applicationId, app.value().secretSha256),
               SecretEntryKeys::legacyAppSecret(registryId, applicationId),
               [expectedSha256 = app.value().secretSha256, name = app.value().details.name,
                done = std::move(done)](Result<QString> secret) {
                   if (secret && CredentialFormat::sha256Hex(secret.value()) != expectedSha256)
                       return done(Error{tr("The keychain holds a different secret for “%1” than the registry "
                                            "expects.")
                                             .arg(name),
                                         tr("It may be an old secret. Regenerate the secret to issue one that works."),
                                         ErrorCode::InvalidInput});
                   done(std::move(secret));
               });
}

void CredentialService::revealKey(const QString& applicationId, const QString& keyId,
                                  std::function<void(Result<QString>)> done)
{
    if (Status writable = m_apps->database()->checkWritable(AuditAction::KeyRevealed); !writable)
        return done(writable.error());
    const Result<KeyRecord> key = m_keys->findKey(applicationId, keyId);
    if (!key)
        return done(key.error());
    if (Status recorded = m_keys->recordKeyRead(applicationId, keyId); !recorded)
        return done(recorded.error());
    m_secrets->read(SecretEntryKeys::apiKey(m_apps->database()->registryId(), applicationId, keyId),
                    [expectedSha256 = key.value().keySha256, hint = key.value().keyHint,
                     done = std::move(done)](Result<QString> plaintext) {
                        if (plaintext && CredentialFormat::sha256Hex(plaintext.value()) != expectedSha256)
                            return done(Error{tr("The keychain holds a different API key than the registry expects "
                                                 "for %1.")
                                                  .arg(hint),
                                              tr("Rotate the key to issue one that works."), ErrorCode::InvalidInput});
                        done(std::move(plaintext));
                    });
}

} // namespace AppKeys
