#pragma once

#include "SecretStore.h"

#include <QHash>
#include <QList>
#include <functional>
#include <optional>

namespace AppKeys {

/// A SecretStore in memory, for widget tests where the keychain is not the subject. It answers on the next
/// turn of the event loop, as the real keychain does, and can be told to fail or to hold its answers back.
class InMemorySecretStore : public SecretStore
{
public:
    void write(const QString& entryKey, const QString& secret, StatusCallback done) override;
    void read(const QString& entryKey, ReadCallback done) override;
    void remove(const QString& entryKey, StatusCallback done) override;
    void listEntries(const QString& prefix, ListCallback done) override;

    /// Every later write fails with this error (as a locked keychain would), until cleared with std::nullopt.
    void setWriteFailure(std::optional<Error> error) { m_writeFailure = std::move(error); }
    /// While held, writes wait until releaseHeldWrites(), so a test can look at the wizard while it waits.
    void setHoldWrites(bool hold) { m_holdWrites = hold; }
    void releaseHeldWrites();
    int heldWriteCount() const { return int(m_heldWrites.size()); }

    QStringList entryKeys() const { return m_entries.keys(); }
    /// Makes an entry look as old as a keychain listing would say it is.
    void setCreatedAt(const QString& entryKey, const QDateTime& createdAt) { m_createdAt.insert(entryKey, createdAt); }

private:
    void answerLater(std::function<void()> answer);

    QHash<QString, QString> m_entries;
    QHash<QString, QDateTime> m_createdAt;
    std::optional<Error> m_writeFailure;
    bool m_holdWrites = false;
    QList<std::function<void()>> m_heldWrites;
};

} // namespace AppKeys
