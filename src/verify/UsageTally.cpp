#include "UsageTally.h"

#include <algorithm>

namespace AppKeys {

void UsageTally::add(const KeyDigest& digest, const QDateTime& at)
{
    const qint64 atMs = at.toMSecsSinceEpoch();
    std::lock_guard lock(m_mutex);
    addLocked(digest, atMs, 1);
}

QList<KeyUsage> UsageTally::take()
{
    std::unordered_map<KeyDigest, Uses, KeyDigest::Hash> taken;
    {
        std::lock_guard lock(m_mutex);
        taken.swap(m_uses);
    }
    QList<KeyUsage> batch;
    batch.reserve(qsizetype(taken.size()));
    for (const auto& [digest, uses] : taken) {
        const QByteArray raw(reinterpret_cast<const char*>(digest.bytes.data()), KeyDigest::Size);
        batch.append(KeyUsage{
            {}, QString::fromLatin1(raw.toHex()), QDateTime::fromMSecsSinceEpoch(uses.lastMs, Qt::UTC), uses.count});
    }
    return batch;
}

void UsageTally::putBack(const QList<KeyUsage>& batch)
{
    std::lock_guard lock(m_mutex);
    for (const KeyUsage& usage : batch) {
        if (const std::optional<KeyDigest> digest = KeyDigest::fromHex(usage.keySha256))
            addLocked(*digest, usage.lastUsedAt.toMSecsSinceEpoch(), usage.count);
    }
}

void UsageTally::addLocked(const KeyDigest& digest, qint64 atMs, qint64 count)
{
    Uses& uses = m_uses[digest];
    uses.lastMs = std::max(uses.lastMs, atMs);
    uses.count += count;
}

} // namespace AppKeys
