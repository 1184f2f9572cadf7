#pragma once

#include "AppDetails.h"
#include "AppScope.h"
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
class PermissionCatalogue;
class SecretStore;

/// Everything done to an app as a whole (PRODUCT.md sections 2 and 4): create it with its secret, edit its details
/// and scope, deactivate and reactivate it, delete it. Across keychain and registry it follows KeychainSteps. Each
/// change is audited by the repository in the same transaction; in a read-only registry every call fails with
/// ErrorCode::ReadOnly before the keychain is touched. Callbacks run exactly once: before the call returns when the
/// input is refused, otherwise once the keychain has answered.
class AppService
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::AppService)

public:
    AppService(std::shared_ptr<Database> database, std::shared_ptr<SecretStore> secrets,
               std::shared_ptr<const PermissionCatalogue> catalogue, std::shared_ptr<const Clock> clock);

    /// Validates again (the registry may have changed since the form was filled), then creates the app: the secret
    /// to a new keychain entry, then the app row. The scope's permissions are stored sorted and without duplicates.
    void createApp(const AppDetails& details, const AppScope& scope, std::function<void(Result<IssuedApp>)> done);
    /// Same rules as the wizard (AppDetailsValidator; the name may stay the app's own).
    Status editDetails(const QString& applicationId, int expectedRowVersion, const AppDetails& details);
    /// At least one permission, every id in the catalogue.
    Status editScope(const QString& applicationId, int expectedRowVersion, const AppScope& scope);
    Status deactivate(const QString& applicationId);
    Status reactivate(const QString& applicationId);
    /// Marks the app deleted (its audit trail stays and its name becomes free), then removes its keychain entries:
    /// the secret and every key. If only the removal fails, the app is deleted and the Error says entries are left.
    void deleteApp(const QString& applicationId, std::function<void(Status)> done);

    const std::shared_ptr<AppRepository>& repository() const { return m_apps; }

private:
    std::shared_ptr<AppRepository> m_apps;
    std::shared_ptr<KeyRepository> m_keys;
    std::shared_ptr<SecretStore> m_secrets;
    std::shared_ptr<const PermissionCatalogue> m_catalogue;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace AppKeys
