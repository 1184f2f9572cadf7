#pragma once

#include "KeyDigest.h"
#include "KeyUsage.h"

#include <QList>
#include <mutex>
#include <unordered_map>

namespace AppKeys {

/// The uses of keys the HTTP threads have seen since the last batch was taken, per key: how many, and the latest.
/// Adding costs a map update under a lock, so that a request never waits for the database.
class UsageTally
{
public:
    void add(const KeyDigest& digest, const QDateTime& at);
    /// Everything added since the last take(), each key once (KeyUsage::keySha256), and empties the tally.
    QList<KeyUsage> take();
    /// Adds back a batch that could not be written, so that the next one carries it.
    void putBack(const QList<KeyUsage>& batch);

private:
    struct Uses
    {
        qint64 lastMs = 0;
        qint64 count = 0;
    };
    void addLocked(const KeyDigest& digest, qint64 atMs, qint64 count);

    std::mutex m_mutex;
    std::unordered_map<KeyDigest, Uses, KeyDigest::Hash> m_uses;
};

} // namespace AppKeys
