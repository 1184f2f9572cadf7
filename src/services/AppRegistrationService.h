#pragma once

#include "AppDetails.h"
#include "AppScope.h"
#include "Result.h"

#include <QDateTime>
#include <functional>
#include <memory>

namespace AppKeys {

class AppRepository;
class Clock;
class PermissionCatalogue;
class SecretStore;

/// The app and its secret, as issued. The plaintext secret is held only in memory, to be shown once.
struct IssuedApp
{
    QString applicationId;
    QString secret;
    QString secretHint;
};

/// A new API key, as issued. The plaintext key is held only in memory, to be shown once.
struct IssuedKey
{
    QString keyId;
    QString apiKey;
    QString keyHint;
    QDateTime expiresAt; ///< UTC
};

/// Creates apps and issues their keys across the keychain and the database (PRODUCT.md section 7):
/// keychain first, then one database transaction; if that fails the keychain entry is removed.
class AppRegistrationService
{
public:
    AppRegistrationService(std::shared_ptr<AppRepository> repository, std::shared_ptr<SecretStore> secrets,
                           std::shared_ptr<const PermissionCatalogue> catalogue, std::shared_ptr<const Clock> clock);

    /// Validates again (the database may have changed since the form was filled), then creates the app. The scope's
    /// permissions are stored sorted and without duplicates. `done` runs exactly once: before this returns when the
    /// input is refused, otherwise once the keychain has answered. A read-only registry refuses with
    /// ErrorCode::ReadOnly before the keychain is touched.
    void createApp(const AppDetails& details, const AppScope& scope, std::function<void(Result<IssuedApp>)> done);
    /// Issues a key for a live, active app, valid for KeyPolicy::MinLifetimeDays..MaxLifetimeDays from the clock's now.
    /// `done` runs exactly once, as for createApp. Refused as createApp in a read-only registry, with
    /// ErrorCode::InvalidInput for a deactivated app, and with ErrorCode::KeyLimitReached by the repository when the
    /// app already has two live keys (the keychain entry written first is removed again).
    void generateApiKey(const QString& applicationId, int lifetimeDays, std::function<void(Result<IssuedKey>)> done);

private:
    std::shared_ptr<AppRepository> m_repository;
    std::shared_ptr<SecretStore> m_secrets;
    std::shared_ptr<const PermissionCatalogue> m_catalogue;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace AppKeys
