#include "RegistryVerifier.h"

#include "AppRepository.h"
#include "CredentialFormat.h"
#include "ErrorCode.h"
#include "KeyIndexReader.h"

namespace AppKeys::RegistryVerifier {

Result<KeyVerdict> verify(const std::shared_ptr<Database>& database, QStringView token, const QStringList& required,
                          const QDateTime& now)
{
    if (!KeyVerification::isWellFormed(token))
        return KeyVerdict::malformed();
    const Result<std::optional<KeyRecord>> key =
        KeyIndexReader(database).keyWithHash(CredentialFormat::sha256Hex(token));
    if (!key)
        return key.error();
    if (!key.value())
        return KeyVerdict::notFound(token);
    // A deleted app is NotFound here, as its keys are not in the service's index.
    const Result<AppRecord> app = AppRepository(database).findApp(key.value()->applicationId);
    if (!app && app.error().code == ErrorCode::NotFound)
        return KeyVerdict::notFound(token);
    if (!app)
        return app.error();
    const IndexedApp indexed{app.value().applicationId, app.value().details.name, app.value().active,
                             app.value().scope.permissionIds};
    return KeyVerdict::of(token, *key.value(), indexed, required, now);
}

} // namespace AppKeys::RegistryVerifier
