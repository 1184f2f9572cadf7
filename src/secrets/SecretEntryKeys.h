#pragma once

#include <QString>

namespace AppKeys {

/// Keychain entry names of PRODUCT.md section 3, under the service "appkeys".
namespace SecretEntryKeys {
inline constexpr auto ServiceName = "appkeys";

/// "<registry id>/<application id>/secret"
QString appSecret(const QString& registryId, const QString& applicationId);
/// "<registry id>/<application id>/key/<key id>"
QString apiKey(const QString& registryId, const QString& applicationId, const QString& keyId);
/// "<canonical PostgreSQL URL>/password": a team registry's database password (PostgresLocation::canonicalUrl(), the
/// default port spelled out, no password in it).
QString registryPassword(const QString& canonicalUrl);
} // namespace SecretEntryKeys

} // namespace AppKeys
