#include "RecordingSecretStore.h"

namespace AppKeys {

RecordingSecretStore::RecordingSecretStore(std::shared_ptr<SecretStore> store) : m_store(std::move(store)) {}

void RecordingSecretStore::write(const QString& entryKey, const QString& secret, StatusCallback done)
{
    m_store->write(entryKey, secret, [this, entryKey, done = std::move(done)](Status written) {
        if (written)
            m_written.append(entryKey);
        done(written);
    });
}

void RecordingSecretStore::read(const QString& entryKey, ReadCallback done)
{
    m_read.append(entryKey);
    m_store->read(entryKey, std::move(done));
}

void RecordingSecretStore::remove(const QString& entryKey, StatusCallback done)
{
    m_store->remove(entryKey, [this, entryKey, done = std::move(done)](Status removed) {
        if (removed)
            m_removed.append(entryKey);
        done(removed);
    });
}

void RecordingSecretStore::listEntries(const QString& prefix, ListCallback done)
{
    m_store->listEntries(prefix, std::move(done));
}

} // namespace AppKeys
