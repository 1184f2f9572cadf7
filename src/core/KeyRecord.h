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
};

} // namespace AppKeys
