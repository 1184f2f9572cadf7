#pragma once

#include "AppRecord.h"
#include "AppSelection.h"
#include "Result.h"
#include "Status.h"
#include "SystemClock.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <functional>
#include <memory>
#include <optional>

namespace AppKeys {

class Database;

/// Reads and writes apps: their details, scope, secret hash and state. Each write is one transaction. Their keys are
/// KeyRepository's.
class AppRepository
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::AppRepository)

public:
    /// The clock stamps audit entries and updated_at; tests inject a fixed one.
    explicit AppRepository(std::shared_ptr<Database> database,
                           std::shared_ptr<const Clock> clock = std::make_shared<SystemClock>());

    /// Whether a live (not deleted) app other than `exceptApplicationId` already has this name, or one that looks
    /// alike (AppNameKey).
    Result<bool> isNameTaken(const QString& name, const QString& exceptApplicationId = {}) const;

    // Every write below is one transaction that also appends its audit entry (AuditLog::appendInTransaction),
    // is refused with ErrorCode::ReadOnly when the registry is open read-only, and with ErrorCode::NotFound for
    // an unknown or deleted app. Details of audit entries never hold a secret or a whole key.

    /// Inserts the app with its redirect URLs and permissions, all or nothing (audit: app.created with the
    /// app's fields and permissions, its secret's hint and CredentialFormat::fingerprint()). A name that a live app
    /// already has (in any case) gives ErrorCode::NameTaken "An app named “X” already exists."; other failures carry
    /// the driver's text as hint.
    Status insertApp(const AppRecord& app);
    /// Compares expectedRowVersion with the stored one: a mismatch is ErrorCode::Conflict whose message names
    /// the fields that changed meanwhile, and nothing is written. Audit: app.details_edited with
    /// {"changes": {field: {"from": old, "to": new}}}; the row version goes up by one. Details equal to the stored
    /// ones change nothing (no audit entry, same row version). A name another live app has is NameTaken.
    Status updateDetails(const QString& applicationId, int expectedRowVersion, const AppDetails& details);
    /// As updateDetails; audit app.scope_edited with {"auth_method": {...}, "added": [...], "removed": [...]}
    /// ("auth_method" only when it changed).
    Status updateScope(const QString& applicationId, int expectedRowVersion, const AppScope& scope);
    /// Audit: secret.regenerated with the old and new hints and the new secret's CredentialFormat::fingerprint().
    Status replaceSecret(const QString& applicationId, const QString& secretSha256, const QString& secretHint);
    /// Audit: app.deactivated / app.reactivated; setting the state it already has is ErrorCode::InvalidInput.
    Status setActive(const QString& applicationId, bool active);
    /// Marks the app deleted (deleted_at = now), which frees its name; rows and audit trail stay.
    /// Audit: app.deleted with the app's name.
    Status markDeleted(const QString& applicationId);
    /// Records that the app's secret was read from the keychain (audit: secret.revealed with its hint).
    Status recordSecretRead(const QString& applicationId);
    /// Records that KeychainSweep removed a keychain entry of the app (live, deleted or never committed) that no live
    /// credential uses (audit: keychain.entry_removed with {"entry": the entry's name}).
    Status recordKeychainEntryRemoved(const QString& applicationId, const QString& entryKey);

    /// The selected live apps (all by default), newest first, with their redirect URLs and permissions. (Read by a role
    /// that may not read the hash columns, each secretSha256 is empty.)
    Result<QList<AppRecord>> listApps(const AppSelection& selection = AppSelection::all()) const;
    /// As listApps(), without the redirect URLs and permissions: their two reads cost more than the apps' own rows, and
    /// expiry planning needs neither.
    Result<QList<AppRecord>> listAppsWithoutScope(const AppSelection& selection) const;
    /// The ids of the selected apps, newest first, as listApps() would order them; nothing else is read.
    Result<QStringList> listIds(const AppSelection& selection) const;
    /// listIds() one id at a time, for a caller that keeps them in a form of its own (66,000 ids as text are 8 MB).
    Status forEachId(const AppSelection& selection, const std::function<void(const QString&)>& visit) const;
    /// The id of the app at `offset` (from 0) among the selected ones in the order of listIds(); none if there are
    /// no more. One step of an index for each app passed over: nothing of them is read.
    Result<std::optional<QString>> idAt(const AppSelection& selection, qsizetype offset) const;
    /// How many apps `selection` holds; nothing else is read.
    Result<qint64> countApps(const AppSelection& selection) const;
    /// Every app row whose id is in the range, deleted ones too (AppRecord::deleted), newest first: what `audit verify`
    /// compares with the trail.
    Result<QList<AppRecord>> listEveryApp(const AppIdRange& range) const;
    /// A live app; ErrorCode::NotFound naming the id when there is none.
    Result<AppRecord> findApp(const QString& applicationId) const;
    /// A live app by exact id or by name (case-insensitive), for the command line.
    Result<AppRecord> findAppByIdOrName(const QString& idOrName) const;
    const std::shared_ptr<Database>& database() const { return m_database; }

    /// What the registry holds now for a change whose commit had an unknown outcome: the secret hash of the app's row
    /// (live or deleted), nullopt when there is no such row.
    Result<std::optional<QString>> storedSecretSha256(const QString& applicationId) const;
    /// Whether the app's row is marked deleted (false when there is no such row).
    Result<bool> isDeleted(const QString& applicationId) const;

    /// A live app read on `db` inside a caller's transaction (KeyRepository's writes); ErrorCode::NotFound otherwise.
    static Result<AppRecord> liveAppIn(const QSqlDatabase& db, const QString& applicationId);

private:
    std::shared_ptr<Database> m_database;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace AppKeys
