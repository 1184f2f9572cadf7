#pragma once

#include "AppRecord.h"
#include "AuditAction.h"
#include "KeyRecord.h"
#include "Result.h"
#include "Status.h"
#include "SystemClock.h"

#include <QCoreApplication>
#include <QList>
#include <memory>

namespace AppKeys {

class Database;

/// Reads and writes apps and their keys. Each write is one transaction.
class AppRepository
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::AppRepository)

public:
    /// The clock stamps audit entries and updated_at; tests inject a fixed one.
    explicit AppRepository(std::shared_ptr<Database> database,
                           std::shared_ptr<const Clock> clock = std::make_shared<SystemClock>());

    /// Whether a live (not deleted) app other than `exceptApplicationId` already has this name, compared
    /// case-insensitively.
    Result<bool> isNameTaken(const QString& name, const QString& exceptApplicationId = {}) const;

    // Every write below is one transaction that also appends its audit entry (AuditLog::appendInTransaction),
    // is refused with ErrorCode::ReadOnly when the registry is open read-only, and with ErrorCode::NotFound for
    // an unknown or deleted app. Details of audit entries never hold a secret or a whole key.

    /// Inserts the app with its redirect URLs and permissions, all or nothing (audit: app.created with the
    /// app's fields and permissions). A name that a live app already has (in any case) gives
    /// ErrorCode::NameTaken "An app named “X” already exists."; other failures carry the driver's text as hint.
    Status insertApp(const AppRecord& app);
    /// Audit: key.generated. Refused with ErrorCode::InvalidInput for a deactivated app (see checkActive), and
    /// with ErrorCode::KeyLimitReached when the app already has MaxLiveKeys live keys (neither revoked nor
    /// expired), counted inside the transaction.
    Status insertKey(const KeyRecord& key);
    /// Compares expectedRowVersion with the stored one: a mismatch is ErrorCode::Conflict whose message names
    /// the fields that changed meanwhile, and nothing is written. Audit: app.details_edited with
    /// {"changes": {field: {"from": old, "to": new}}}; the row version goes up by one. Details equal to the stored
    /// ones change nothing (no audit entry, same row version). A name another live app has is NameTaken.
    Status updateDetails(const QString& applicationId, int expectedRowVersion, const AppDetails& details);
    /// As updateDetails; audit app.scope_edited with {"auth_method": {...}, "added": [...], "removed": [...]}
    /// ("auth_method" only when it changed).
    Status updateScope(const QString& applicationId, int expectedRowVersion, const AppScope& scope);
    /// Inserts newKey and moves the old key's expiry to oldKeyExpiresAt (never later than it was), in one
    /// transaction. Refused with KeyLimitReached when, besides the old key, another live key exists; with
    /// InvalidInput when the app is deactivated or the old key is revoked or expired.
    /// Audit: key.rotated with the new key's hint, {"key_id", "expires_at", "old_key_id", "old_key_hint",
    /// "old_key_expires_at"}.
    Status rotateKey(const QString& applicationId, const QString& oldKeyId, const QDateTime& oldKeyExpiresAt,
                     const KeyRecord& newKey);
    /// Sets revoked_at = now; a revoked key stays revoked (a second revoke is ErrorCode::InvalidInput).
    /// Audit: key.revoked.
    Status revokeKey(const QString& applicationId, const QString& keyId);
    /// Audit: secret.regenerated with the old and new hints.
    Status replaceSecret(const QString& applicationId, const QString& secretSha256, const QString& secretHint);
    /// Audit: app.deactivated / app.reactivated; setting the state it already has is ErrorCode::InvalidInput.
    Status setActive(const QString& applicationId, bool active);
    /// Marks the app deleted (deleted_at = now), which frees its name; rows and audit trail stay.
    /// Audit: app.deleted with the app's name.
    Status markDeleted(const QString& applicationId);
    /// Records that a secret (SecretRevealed) or a key (KeyRevealed, with its hint) was read from the keychain.
    Status recordSecretRead(const QString& applicationId, AuditAction action, const QString& keyHint = {});

    /// The live apps, newest first, with their redirect URLs and permissions.
    Result<QList<AppRecord>> listApps() const;
    /// A live app; ErrorCode::NotFound naming the id when there is none.
    Result<AppRecord> findApp(const QString& applicationId) const;
    /// A live app by exact id or by name (case-insensitive), for the command line.
    Result<AppRecord> findAppByIdOrName(const QString& idOrName) const;
    /// One key of an app, revoked or expired included; ErrorCode::NotFound when the app has no such key.
    Result<KeyRecord> findKey(const QString& applicationId, const QString& keyId) const;
    /// An app's keys, newest first, revoked and expired ones included.
    Result<QList<KeyRecord>> keysForApp(const QString& applicationId) const;
    /// The keys of every live app, for the table's Status and Expires columns in one query.
    Result<QList<KeyRecord>> listKeys() const;

    const std::shared_ptr<Database>& database() const { return m_database; }

    static constexpr int MaxLiveKeys = 2;

    /// New keys are issued only for an active app: ErrorCode::InvalidInput "… Reactivate the app first." otherwise.
    static Status checkActive(const AppRecord& app);

private:
    std::shared_ptr<Database> m_database;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace AppKeys
