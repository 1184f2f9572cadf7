#pragma once

#include "AppSelection.h"
#include "KeyRecord.h"
#include "Result.h"
#include "Status.h"
#include "SystemClock.h"

#include <QCoreApplication>
#include <QList>
#include <memory>
#include <optional>

namespace AppKeys {

class Database;

/// Reads and writes the API keys of apps (hash and hint only). Each write is one transaction that appends its audit
/// entry, and applies KeyRules to the rows as they are inside it, so that two windows cannot both pass a rule that
/// only one of them may pass (two live keys at most). Refused with ErrorCode::ReadOnly in a read-only registry, and
/// with ErrorCode::NotFound for an unknown or deleted app or an unknown key.
class KeyRepository
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::KeyRepository)

public:
    /// The clock stamps audit entries and decides which keys are live; tests inject a fixed one.
    explicit KeyRepository(std::shared_ptr<Database> database,
                           std::shared_ptr<const Clock> clock = std::make_shared<SystemClock>());

    /// Audit: key.generated with the key's id, expiry and CredentialFormat::fingerprint(). Refused as
    /// KeyRules::checkCanIssueKey says (a deactivated app, or one that already has KeyRules::MaxLiveKeys live keys).
    Status insertKey(const KeyRecord& key);
    /// Inserts newKey and moves the old key's expiry to oldKeyExpiresAt (never later than it was), in one
    /// transaction. Refused as KeyRules::checkRotatable (a revoked or expired old key) and checkCanIssueKey (besides
    /// the old key, another live key exists) say. Audit: key.rotated with the new key's hint, {"key_id",
    /// "expires_at", "key_fingerprint", "old_key_id", "old_key_hint", "old_key_expires_at"}.
    Status rotateKey(const QString& applicationId, const QString& oldKeyId, const QDateTime& oldKeyExpiresAt,
                     const KeyRecord& newKey);
    /// Sets revoked_at = now; a revoked key stays revoked (KeyRules::checkRevocable). Audit: key.revoked.
    Status revokeKey(const QString& applicationId, const QString& keyId);
    /// Records that a key was read from the keychain (audit: key.revealed with its hint).
    Status recordKeyRead(const QString& applicationId, const QString& keyId);

    /// One key of an app, revoked or expired included; ErrorCode::NotFound when the app has no such key.
    Result<KeyRecord> findKey(const QString& applicationId, const QString& keyId) const;
    /// A key by its id alone, whatever its app's state; nullopt when the registry has no such key. For a change whose
    /// commit had an unknown outcome.
    Result<std::optional<KeyRecord>> keyById(const QString& keyId) const;
    /// An app's keys, newest first, revoked and expired ones included.
    Result<QList<KeyRecord>> keysForApp(const QString& applicationId) const;
    /// The keys of the selected live apps (all by default), revoked and expired ones included, by app and newest
    /// first: for the table's Status and Expires columns, or expiry alerts, in one query. (Read by a role that may not
    /// read the hash column, each keySha256 is empty; so in findKey() and keysForApp().)
    Result<QList<KeyRecord>> listKeys(const AppSelection& selection = AppSelection::all()) const;
    /// listKeys(), each key with when it was last used and how often (key_usage, which the verification service
    /// writes), read in the same query: a listing's page is one query fewer, one round trip fewer on PostgreSQL.
    Result<QList<KeyRecord>> listKeysWithUsage(const AppSelection& selection) const;
    /// Every key row whose application id is in the range, of deleted and missing apps too: what `audit verify`
    /// compares with the trail.
    Result<QList<KeyRecord>> listEveryKey(const AppIdRange& range) const;

    const std::shared_ptr<Database>& database() const { return m_database; }

private:
    Result<QList<KeyRecord>> listKeys(const AppSelection& selection, bool withUsage) const;

    std::shared_ptr<Database> m_database;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace AppKeys
