#include "SecretEntryKeys.h"

#include <QStringList>

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

std::optional<ParsedEntryKey> parse(const QString& registryId, const QString& entryKey)
{
    const QString prefix = registryId + u'/';
    if (!entryKey.startsWith(prefix))
        return std::nullopt;
    const QStringList parts = entryKey.mid(prefix.size()).split(u'/');
    if (parts.size() == 2 && parts.at(1) == u"secret"_s)
        return ParsedEntryKey{parts.at(0), {}, {}};
    if (parts.size() == 3 && parts.at(1) == u"secret"_s && !parts.at(2).isEmpty())
        return ParsedEntryKey{parts.at(0), {}, parts.at(2)};
    if (parts.size() == 3 && parts.at(1) == u"key"_s && !parts.at(2).isEmpty())
        return ParsedEntryKey{parts.at(0), parts.at(2), {}};
    return std::nullopt;
}

QString auditCheckpointKey(const QString& registryId)
{
    return u"audit-checkpoints/%1/key"_s.arg(registryId);
}

QString registryPassword(const QString& canonicalUrl)
{
    return canonicalUrl + u"/password"_s;
}

} // namespace AppKeys::SecretEntryKeys
