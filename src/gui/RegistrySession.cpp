#include "RegistrySession.h"

#include "AppLifecycleService.h"
#include "AppRegistrationService.h"
#include "AppRepository.h"
#include "AppSettings.h"
#include "AuditLog.h"
#include "Database.h"
#include "PermissionCatalogue.h"
#include "SecureClipboard.h"

namespace AppKeys {

Result<RegistrySession> RegistrySession::fromDatabase(std::shared_ptr<Database> database, const QString& cataloguePath,
                                                      std::shared_ptr<SecretStore> secretStore,
                                                      std::shared_ptr<const Clock> clock)
{
    auto catalogue = PermissionCatalogue::load(cataloguePath);
    if (!catalogue)
        return catalogue.error();

    RegistrySession session;
    session.database = std::move(database);
    session.clock = std::move(clock);
    session.repository = std::make_shared<AppRepository>(session.database, session.clock);
    session.auditLog = std::make_shared<const AuditLog>(session.database);
    session.catalogue = std::make_shared<const PermissionCatalogue>(std::move(catalogue).value());
    session.registration =
        std::make_shared<AppRegistrationService>(session.repository, secretStore, session.catalogue, session.clock);
    session.secrets = secretStore;
    session.lifecycle = std::make_shared<AppLifecycleService>(session.repository, std::move(secretStore),
                                                              session.catalogue, session.clock);
    session.clipboard = std::make_shared<SecureClipboard>();
    session.settings = std::make_shared<AppSettings>();
    session.clipboard->setClearDelaySeconds(session.settings->clipboardClearSeconds());
    return session;
}

} // namespace AppKeys
