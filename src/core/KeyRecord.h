#pragma once

#include <QDateTime>
#include <QString>

namespace AppKeys {

/// An API key as the registry stores it. Only the key's hash and hint, never the key.
struct KeyRecord
{
    QString keyId; ///< UUID v4
    QString applicationId;
    QString keySha256;
    QString keyHint;
    QString createdBy;
    QDateTime createdAt; ///< UTC
    QDateTime expiresAt; ///< UTC
    QDateTime revokedAt; ///< UTC; null while not revoked
    /// When the verification service last accepted it (recorded in batches, so up to a minute late); null if never.
    QDateTime lastUsedAt;
    qint64 useCount = 0; ///< requests the verification service accepted it for
};

} // namespace AppKeys
