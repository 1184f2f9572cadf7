#include "InMemorySecretStore.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace AppKeys {

void InMemorySecretStore::write(const QString& entryKey, const QString& secret, StatusCallback done)
{
    auto answer = [this, entryKey, secret, done = std::move(done)] {
        if (m_writeFailure)
            return done(*m_writeFailure);
        m_entries.insert(entryKey, secret);
        m_createdAt.insert(entryKey, QDateTime::currentDateTimeUtc());
        done(Status());
    };
    if (m_holdWrites)
        m_heldWrites.append(std::move(answer));
    else
        answerLater(std::move(answer));
}

void InMemorySecretStore::read(const QString& entryKey, ReadCallback done)
{
    answerLater([this, entryKey, done = std::move(done)] {
        if (!m_entries.contains(entryKey))
            return done(Error{u"No entry %1 in the in-memory store."_s.arg(entryKey), {}, EntryNotFoundCode});
        done(m_entries.value(entryKey));
    });
}

void InMemorySecretStore::remove(const QString& entryKey, StatusCallback done)
{
    answerLater([this, entryKey, done = std::move(done)] {
        if (!m_entries.remove(entryKey))
            return done(Error{u"No entry %1 in the in-memory store."_s.arg(entryKey), {}, EntryNotFoundCode});
        m_createdAt.remove(entryKey);
        done(Status());
    });
}

void InMemorySecretStore::listEntries(const QString& prefix, ListCallback done)
{
    answerLater([this, prefix, done = std::move(done)] {
        QStringList names = m_entries.keys();
        names.sort();
        QList<ListedEntry> entries;
        for (const QString& name : names) {
            if (name.startsWith(prefix))
                entries.append(ListedEntry{name, m_createdAt.value(name)});
        }
        done(entries);
    });
}

void InMemorySecretStore::releaseHeldWrites()
{
    const QList<std::function<void()>> held = std::exchange(m_heldWrites, {});
    for (const auto& answer : held)
        answerLater(answer);
}

void InMemorySecretStore::answerLater(std::function<void()> answer)
{
    QTimer::singleShot(0, std::move(answer));
}

} // namespace AppKeys
