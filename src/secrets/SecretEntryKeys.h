#pragma once

#include <QString>
#include <optional>

namespace AppKeys {

/// Keychain entry names of PRODUCT.md section 3, under the service "appkeys".
namespace SecretEntryKeys {
inline constexpr auto ServiceName = "appkeys";

/// "<registry id>/<application id>/secret/<the first 16 hex digits of the secret's SHA-256>": each secret an entry of
/// its own, so that a new secret never overwrites the one it replaces.
QString appSecret(const QString& registryId, const QString& applicationId, const QString& secretSha256);
/// "<registry id>/<application id>/secret": the one entry per app that AppKeys 0.1 overwrote; still read, and removed
/// once its secret is replaced or its app deleted.
QString legacyAppSecret(const QString& registryId, const QString& applicationId);
/// "<registry id>/<application id>/key/<key id>"
QString apiKey(const QString& registryId, const QString& applicationId, const QString& keyId);
/// What an entry name of this registry says about its credential.
struct ParsedEntryKey
{
    QString applicationId;
    QString keyId;            ///< for a key's entry; empty for a secret's
    QString secretHashPrefix; ///< for a secret's entry in the current form; empty in the 0.1 form
};
/// Parses "<registry id>/<application id>/secret[/<hash prefix>]" or ".../key/<key id>"; nullopt for any other name.
std::optional<ParsedEntryKey> parse(const QString& registryId, const QString& entryKey);

/// "audit-checkpoints/<registry id>/key": the key of the HMAC that protects this machine's checkpoints of a
/// registry's audit trail (AuditCheckpointStore). Outside "<registry id>/", so that it is nobody's credential.
QString auditCheckpointKey(const QString& registryId);

/// "<canonical PostgreSQL URL>/password": a team registry's database password (PostgresLocation::canonicalUrl(), the
/// default port spelled out, no password in it).
QString registryPassword(const QString& canonicalUrl);
} // namespace SecretEntryKeys

} // namespace AppKeys
