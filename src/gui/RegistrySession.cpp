#include "RegistrySession.h"

#include "AppRegistrationService.h"
#include "AppRepository.h"
#include "Database.h"
#include "PermissionCatalogue.h"
#include "SecureClipboard.h"

namespace AppKeys {

Result<RegistrySession> RegistrySession::open(const QString& location, Database::AccessMode mode,
                                              const QString& cataloguePath, std::shared_ptr<SecretStore> secretStore,
                                              std::shared_ptr<const Clock> clock)
{
    auto catalogue = PermissionCatalogue::load(cataloguePath);
    if (!catalogue)
        return catalogue.error();
    auto database = Database::open(location, mode);
    if (!database)
        return database.error();

    RegistrySession session;
    session.database = std::move(database).value();
    session.repository = std::make_shared<AppRepository>(session.database);
    session.catalogue = std::make_shared<const PermissionCatalogue>(std::move(catalogue).value());
    session.registration = std::make_shared<AppRegistrationService>(session.repository, std::move(secretStore),
                                                                    session.catalogue, std::move(clock));
    session.clipboard = std::make_shared<SecureClipboard>();
    return session;
}

} // namespace AppKeys
