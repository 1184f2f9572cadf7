#pragma once

#include "IndexedApp.h"
#include "KeyRecord.h"

#include <limits>
#include <memory>

namespace AppKeys {

/// What the index keeps of a key besides its hash: its times, in milliseconds since the epoch, and its app.
struct IndexedKey
{
    static constexpr qint64 NotRevoked = std::numeric_limits<qint64>::min();

    std::shared_ptr<const IndexedApp> app;
    qint64 expiresAtMs = 0;
    qint64 revokedAtMs = NotRevoked;

    static IndexedKey of(const KeyRecord& key, std::shared_ptr<const IndexedApp> app);
    /// The key's times as a KeyRecord, for the rules of core (KeyVerification, KeyStatus).
    KeyRecord record() const;
};

} // namespace AppKeys
