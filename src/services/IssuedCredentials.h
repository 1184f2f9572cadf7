#pragma once

#include <QDateTime>
#include <QString>

namespace AppKeys {

/// The app and its secret, as issued. The plaintext secret is held only in memory, to be shown once.
struct IssuedApp
{
    QString applicationId;
    QString secret;
    QString secretHint;
};

/// A new API key, as issued. The plaintext key is held only in memory, to be shown once.
struct IssuedKey
{
    QString keyId;
    QString apiKey;
    QString keyHint;
    QDateTime expiresAt; ///< UTC
};

} // namespace AppKeys
