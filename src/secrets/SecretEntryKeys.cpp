#include "SecretEntryKeys.h"

using namespace Qt::StringLiterals;

namespace AppKeys::SecretEntryKeys {

QString appSecret(const QString& registryId, const QString& applicationId)
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
