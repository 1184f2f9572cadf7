#include "RegistrySession.h"

#include "AppRepository.h"
#include "AppService.h"
#include "AppSettings.h"
#include "AuditLog.h"
#include "CredentialService.h"
#include "Database.h"
#include "KeyRepository.h"
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
    session.keys = std::make_shared<KeyRepository>(session.database, session.clock);
    session.auditLog = std::make_shared<const AuditLog>(session.database);
    session.catalogue = std::make_shared<const PermissionCatalogue>(std::move(catalogue).value());
    session.apps = std::make_shared<AppService>(session.database, secretStore, session.catalogue, session.clock);
    session.credentials = std::make_shared<CredentialService>(session.database, secretStore, session.clock);
    session.secrets = std::move(secretStore);
    session.clipboard = std::make_shared<SecureClipboard>();
    session.settings = std::make_shared<AppSettings>();
    session.clipboard->setClearDelaySeconds(session.settings->clipboardClearSeconds());
    return session;
}

} // namespace AppKeys
