#pragma once

#include "SecretStore.h"

#include <QStringList>
#include <memory>

namespace AppKeys {

/// Passes every call on to a real SecretStore and notes which entries were written and removed (never the secrets),
/// so a test can tell that a keychain entry did exist before it was rolled back. Must outlive the calls it passes on.
class RecordingSecretStore : public SecretStore
{
public:
    explicit RecordingSecretStore(std::shared_ptr<SecretStore> store);

    void write(const QString& entryKey, const QString& secret, StatusCallback done) override;
    void read(const QString& entryKey, ReadCallback done) override;
    void remove(const QString& entryKey, StatusCallback done) override;
    void listEntries(const QString& prefix, ListCallback done) override;

    /// Entry keys whose write succeeded, in order.
    const QStringList& writtenEntries() const { return m_written; }
    /// Entry keys whose removal succeeded, in order.
    const QStringList& removedEntries() const { return m_removed; }
    /// Entry keys asked for, whatever the answer, in order.
    const QStringList& readEntries() const { return m_read; }

private:
    std::shared_ptr<SecretStore> m_store;
    QStringList m_written;
    QStringList m_removed;
    QStringList m_read;
};

} // namespace AppKeys
