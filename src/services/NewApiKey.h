#pragma once

#include "IssuedCredentials.h"
#include "KeyRecord.h"

namespace AppKeys {

/// A freshly generated API key: the plaintext for the keychain and the one-time display, and the record (hash and
/// hint only) for the database.
struct NewApiKey
{
    QString plaintext;
    KeyRecord record;

    /// A new key of `applicationId`, valid for lifetimeDays from createdAt.
    static NewApiKey generate(const QString& applicationId, const QString& createdBy, const QDateTime& createdAt,
                              int lifetimeDays);
    IssuedKey issued() const;
};

} // namespace AppKeys
