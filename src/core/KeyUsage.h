#pragma once

#include <QDateTime>
#include <QString>

namespace AppKeys {

/// What the verification service saw of one key since it last recorded it (PRODUCT.md section 10): how many
/// requests it accepted the key for, and when the last of them came.
struct KeyUsage
{
    QString keyId;        ///< as read back
    QString keySha256;    ///< as the service records it: the key's hash is all it knows of the key
    QDateTime lastUsedAt; ///< UTC
    qint64 count = 0;
};

} // namespace AppKeys
