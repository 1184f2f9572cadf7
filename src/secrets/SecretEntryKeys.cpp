#include "SecretEntryKeys.h"

using namespace Qt::StringLiterals;

namespace AppKeys::SecretEntryKeys {

QString appSecret(const QString& registryId, const QString& applicationId, const QString& secretSha256)
{
    return u"%1/%2"_s.arg(legacyAppSecret(registryId, applicationId), secretSha256.left(16));
}

QString legacyAppSecret(const QString& registryId, const QString& applicationId)
{
    return u"%1/%2/secret"_s.arg(registryId, applicationId);
}

QString apiKey(const QString& registryId, const QString& applicationId, const QString& keyId)
{
    return u"%1/%2/key/%3"_s.arg(registryId, applicationId, keyId);
}

QString registryPassword(const QString& canonicalUrl)
{
    return canonicalUrl + u"/password"_s;
}

} // namespace AppKeys::SecretEntryKeys
