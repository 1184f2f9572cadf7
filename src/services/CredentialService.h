#pragma once

#include "AuditAction.h"
#include "IssuedCredentials.h"
#include "Result.h"
#include "Status.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

namespace AppKeys {

class AppRepository;
class Clock;
class Database;
class KeyRepository;
class SecretStore;
struct AppRecord;
struct KeyRecord;

/// Everything done to an app's credentials (PRODUCT.md sections 3 and 4): generate, rotate and revoke its API keys,
/// regenerate its secret, and reveal either. Across keychain and registry it follows KeychainSteps; every change and
/// every read is audited by the repositories. In a read-only registry every call fails with ErrorCode::ReadOnly
/// before the keychain is touched. Callbacks run exactly once.
class CredentialService
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::CredentialService)

public:
    CredentialService(std::shared_ptr<Database> database, std::shared_ptr<SecretStore> secrets,
                      std::shared_ptr<const Clock> clock);

    /// Issues a key valid for lifetimeDays (KeyRules' range) from the clock's now, if KeyRules::checkCanIssueKey
    /// allows it (an active app with fewer than two live keys); the repository checks that again inside its
    /// transaction, and a refusal there removes the new keychain entry again.
    void generateApiKey(const QString& applicationId, int lifetimeDays, std::function<void(Result<IssuedKey>)> done);
    /// Issues a new key and shortens the old key's life to now + overlapDays (KeyRules' rotation overlap), so that
    /// clients can switch without downtime. lifetimeDays as generateApiKey.
    void rotateKey(const QString& applicationId, const QString& oldKeyId, int lifetimeDays, int overlapDays,
                   std::function<void(Result<IssuedKey>)> done);
    /// Ends the key now, for good, then removes its plaintext from the keychain. If only the removal fails the key
    /// is still revoked and the Error's hint says the keychain entry is left over.
    void revokeKey(const QString& applicationId, const QString& keyId, std::function<void(Status)> done);
    /// Replaces the secret at once: the new secret to a new keychain entry, its hash to the registry, then the old
    /// entry is removed. If the registry refuses, the old secret is untouched and still works.
    void regenerateSecret(const QString& applicationId, std::function<void(Result<IssuedApp>)> done);
    /// Reads the secret from the keychain for Reveal/Copy. The read is audited (secret.revealed) before the plaintext
    /// is handed back, so an unaudited read cannot happen; a plaintext that does not hash to the registry's SHA-256 is
    /// refused.
    void revealSecret(const QString& applicationId, std::function<void(Result<QString>)> done);
    /// As revealSecret for one key (key.revealed).
    void revealKey(const QString& applicationId, const QString& keyId, std::function<void(Result<QString>)> done);

private:
    /// The one guard before a key is issued: the registry is writable, the lifetime allowed, the app live and
    /// KeyRules::checkCanIssueKey satisfied (besides `replacedKeyId`, when rotating). The app, when all hold.
    Result<AppRecord> checkKeyCanBeIssued(const QString& applicationId, int lifetimeDays, AuditAction action,
                                          const QString& replacedKeyId = {}) const;
    /// Issues a key: a new keychain entry, then `commit` with the key's record.
    void issueKey(const QString& applicationId, int lifetimeDays, std::function<Status(const KeyRecord&)> commit,
                  std::function<void(Result<IssuedKey>)> done);

    std::shared_ptr<AppRepository> m_apps;
    std::shared_ptr<KeyRepository> m_keys;
    std::shared_ptr<SecretStore> m_secrets;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace AppKeys
