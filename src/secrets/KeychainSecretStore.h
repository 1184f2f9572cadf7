#pragma once

#include "SecretEntryKeys.h"
#include "SecretStore.h"

#include <chrono>
#include <memory>

namespace AppKeys {

/// The OS keychain through QtKeychain, with the insecure plaintext fallback disabled: when no Secret Service is
/// running, or it is locked, every call fails with the keychain's own message. Every call has a deadline: a keychain
/// that does not answer in time (a Secret Service waiting on an unlock prompt nobody can see) gives
/// ErrorCode::KeychainTimeout instead of hanging. A write that answers after its deadline may still have stored its
/// entry: a new entry no credential uses, which KeychainSweep removes.
class KeychainSecretStore : public SecretStore
{
public:
    static constexpr std::chrono::seconds DefaultDeadline{30};

    explicit KeychainSecretStore(QString serviceName = QString::fromLatin1(SecretEntryKeys::ServiceName),
                                 std::chrono::milliseconds deadline = DefaultDeadline);

    /// The keychain as the window and the command line use it: the deadline from the Settings
    /// (AppSettings::keychainDeadlineSeconds).
    static std::shared_ptr<KeychainSecretStore> configured();

    void write(const QString& entryKey, const QString& secret, StatusCallback done) override;
    void read(const QString& entryKey, ReadCallback done) override;
    void remove(const QString& entryKey, StatusCallback done) override;
    /// Through the freedesktop.org Secret Service (gnome-keyring, KeePassXC, KWallet's Secret Service), where
    /// QtKeychain keeps its entries on Linux desktops other than KDE's.
    void listEntries(const QString& prefix, ListCallback done) override;

private:
    QString m_serviceName;
    std::chrono::milliseconds m_deadline;
};

} // namespace AppKeys
