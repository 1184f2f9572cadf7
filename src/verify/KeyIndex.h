#pragma once

#include "AppRecord.h"
#include "IndexedKey.h"
#include "KeyDigest.h"
#include "KeyVerdict.h"

#include <QHash>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <unordered_map>

namespace AppKeys {

/// The verification service's in-memory index of the registry's keys (PRODUCT.md section 10): the SHA-256 of each key
/// of a live app, revoked and expired ones included (so that they are refused as such), with its times and its
/// app's name, state and permissions. The HTTP threads look keys up side by side; the thread that follows the
/// registry replaces entries under a brief exclusive lock. It holds hashes only, never a key.
class KeyIndex
{
public:
    using Entries = std::unordered_map<KeyDigest, IndexedKey, KeyDigest::Hash>;

    /// What a lookup found, with the key's digest for "last used".
    struct Lookup
    {
        KeyVerdict verdict;
        std::optional<KeyDigest> digest; ///< of a well-formed key
    };

    /// A whole index built from the registry's rows (KeyIndexReader), to be put in place at once by replaceAll().
    class Builder
    {
    public:
        void addApp(const AppRecord& app);
        /// A key of an app added before; a key of any other app is left out.
        void addKey(const KeyRecord& key);

    private:
        friend class KeyIndex;

        QHash<QString, std::shared_ptr<const IndexedApp>> m_apps;
        /// Apps with the same permissions share one list, as most apps of a business have one of a few scopes.
        QHash<QStringList, QStringList> m_permissionLists;
        Entries m_entries;
    };

    /// The verdict on a presented `token` at `now`: MALFORMED before any hashing or lookup, NOT_FOUND for a key no
    /// live app has, otherwise as KeyVerdict::of().
    Lookup verify(QStringView token, const QStringList& required, const QDateTime& now) const;

    void replaceAll(Builder&& builder);
    /// After a change to one app: its keys as the registry has them now, each pointing at `app`; when the app was
    /// deleted (nullopt), its keys leave the index.
    void replaceApp(const std::optional<AppRecord>& app, const QList<KeyRecord>& keys);

    std::size_t keyCount() const;

private:
    mutable std::shared_mutex m_mutex;
    Entries m_entries;
};

} // namespace AppKeys
