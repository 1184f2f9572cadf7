#pragma once

#include "SecretEntryKeys.h"
#include "SecretStore.h"

namespace AppKeys {

/// The OS keychain through QtKeychain, with the insecure plaintext fallback disabled: when no Secret
/// Service is running, or it is locked, every call fails with the keychain's own message.
class KeychainSecretStore : public SecretStore
{
public:
    explicit KeychainSecretStore(QString serviceName = QString::fromLatin1(SecretEntryKeys::ServiceName));

    void write(const QString& entryKey, const QString& secret, StatusCallback done) override;
    void read(const QString& entryKey, ReadCallback done) override;
    void remove(const QString& entryKey, StatusCallback done) override;

private:
    QString m_serviceName;
};

} // namespace AppKeys
