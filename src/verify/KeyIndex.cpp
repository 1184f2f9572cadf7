#include "KeyIndex.h"

#include "CredentialFormat.h"

#include <mutex>

namespace AppKeys {

namespace {

std::shared_ptr<const IndexedApp> indexedApp(const AppRecord& app, QStringList permissionIds)
{
    return std::make_shared<const IndexedApp>(
        IndexedApp{app.applicationId, app.details.name, app.active, std::move(permissionIds)});
}

} // namespace

void KeyIndex::Builder::addApp(const AppRecord& app)
{
    const QStringList& permissions = app.scope.permissionIds;
    auto shared = m_permissionLists.constFind(permissions);
    if (shared == m_permissionLists.constEnd())
        shared = m_permissionLists.insert(permissions, permissions);
    m_apps.insert(app.applicationId, indexedApp(app, shared.value()));
}

void KeyIndex::Builder::addKey(const KeyRecord& key)
{
    const auto app = m_apps.constFind(key.applicationId);
    const std::optional<KeyDigest> digest = KeyDigest::fromHex(key.keySha256);
    if (app != m_apps.constEnd() && digest)
        m_entries.insert_or_assign(*digest, IndexedKey::of(key, app.value()));
}

KeyIndex::Lookup KeyIndex::verify(QStringView token, const QStringList& required, const QDateTime& now) const
{
    if (!KeyVerification::isWellFormed(token))
        return {KeyVerdict::malformed(), std::nullopt};
    const std::optional<KeyDigest> digest = KeyDigest::fromRaw(CredentialFormat::sha256(token));
    IndexedKey found;
    {
        std::shared_lock lock(m_mutex);
        const auto entry = m_entries.find(*digest);
        if (entry == m_entries.end())
            return {KeyVerdict::notFound(token), digest};
        found = entry->second;
    }
    return {KeyVerdict::of(token, found.record(), *found.app, required, now), digest};
}

void KeyIndex::replaceAll(Builder&& builder)
{
    // The old entries leave with the builder, and are freed outside the lock.
    std::unique_lock lock(m_mutex);
    m_entries.swap(builder.m_entries);
}

void KeyIndex::replaceApp(const std::optional<AppRecord>& app, const QList<KeyRecord>& keys)
{
    const std::shared_ptr<const IndexedApp> shared = app ? indexedApp(*app, app->scope.permissionIds) : nullptr;
    std::unique_lock lock(m_mutex);
    for (const KeyRecord& key : keys) {
        const std::optional<KeyDigest> digest = KeyDigest::fromHex(key.keySha256);
        if (!digest)
            continue;
        if (shared && key.applicationId == shared->applicationId)
            m_entries.insert_or_assign(*digest, IndexedKey::of(key, shared));
        else
            m_entries.erase(*digest);
    }
}

std::size_t KeyIndex::keyCount() const
{
    std::shared_lock lock(m_mutex);
    return m_entries.size();
}

} // namespace AppKeys
