#include "IndexedKey.h"

namespace AppKeys {

IndexedKey IndexedKey::of(const KeyRecord& key, std::shared_ptr<const IndexedApp> app)
{
    return {std::move(app), key.expiresAt.toMSecsSinceEpoch(),
            key.revokedAt.isValid() ? key.revokedAt.toMSecsSinceEpoch() : NotRevoked};
}

KeyRecord IndexedKey::record() const
{
    KeyRecord key;
    key.applicationId = app->applicationId;
    key.expiresAt = QDateTime::fromMSecsSinceEpoch(expiresAtMs, Qt::UTC);
    if (revokedAtMs != NotRevoked)
        key.revokedAt = QDateTime::fromMSecsSinceEpoch(revokedAtMs, Qt::UTC);
    return key;
}

} // namespace AppKeys
