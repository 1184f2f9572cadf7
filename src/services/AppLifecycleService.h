#pragma once

#include "AppDetails.h"
#include "AppRegistrationService.h"
#include "AppScope.h"
#include "Result.h"
#include "Status.h"

#include <functional>
#include <memory>

namespace AppKeys {

class AppRepository;
class Clock;
class PermissionCatalogue;
class SecretStore;

/// Everything the main window does to an existing app (PRODUCT.md section 4), across keychain and database.
/// Each change is audited by the repository in the same transaction. In a read-only registry every call fails
/// with ErrorCode::ReadOnly before the keychain is touched. Callbacks run exactly once.
class AppLifecycleService
{
public:
    AppLifecycleService(std::shared_ptr<AppRepository> repository, std::shared_ptr<SecretStore> secrets,
                        std::shared_ptr<const PermissionCatalogue> catalogue, std::shared_ptr<const Clock> clock);

    /// Same rules as the wizard (AppDetailsValidator; the name may stay the app's own).
    Status editDetails(const QString& applicationId, int expectedRowVersion, const AppDetails& details);
    /// At least one permission, every id in the catalogue.
    Status editScope(const QString& applicationId, int expectedRowVersion, const AppScope& scope);

    /// Issues a new key (keychain first, then database) and shortens the old key's life to now + overlapDays
    /// (KeyPolicy rotation overlap), so clients can switch without downtime. lifetimeDays as
    /// AppRegistrationService::generateApiKey.
    void rotateKey(const QString& applicationId, const QString& oldKeyId, int lifetimeDays, int overlapDays,
                   std::function<void(Result<IssuedKey>)> done);
    /// Ends the key now, for good, then removes its plaintext from the keychain. If only the removal fails the
    /// key is still revoked and the Error's hint says the keychain entry is left over.
    void revokeKey(const QString& applicationId, const QString& keyId, std::function<void(Status)> done);
    /// Replaces the secret at once: the new secret goes to the keychain, then its hash to the database; if the
    /// database refuses, the old secret is put back in the keychain.
    void regenerateSecret(const QString& applicationId, std::function<void(Result<IssuedApp>)> done);
    Status deactivate(const QString& applicationId);
    Status reactivate(const QString& applicationId);
    /// Removes the app's keychain entries (secret and every key), then marks it deleted; its audit trail stays
    /// and its name becomes free.
    void deleteApp(const QString& applicationId, std::function<void(Status)> done);
    /// Reads the secret from the keychain for Reveal/Copy; the read is audited (secret.revealed) before the
    /// plaintext is handed back, so an unaudited read cannot happen.
    void revealSecret(const QString& applicationId, std::function<void(Result<QString>)> done);
    /// As revealSecret for one key (key.revealed).
    void revealKey(const QString& applicationId, const QString& keyId, std::function<void(Result<QString>)> done);

private:
    std::shared_ptr<AppRepository> m_repository;
    std::shared_ptr<SecretStore> m_secrets;
    std::shared_ptr<const PermissionCatalogue> m_catalogue;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace AppKeys
