#include "KeyRepository.h"

#include "AppRepository.h"
#include "AuditLog.h"
#include "CredentialFormat.h"
#include "Database.h"
#include "ErrorCode.h"
#include "KeyRules.h"
#include "RepositoryQuery.h"
#include "SharedStrings.h"
#include "SqlDialect.h"
#include "SqlRows.h"
#include "SqlTime.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

/// The columns keyFromRow() reads; without the hash (an empty one) for a role that may not read it
/// (Database::mayReadCredentialHashes). The text read as UTF-8 (SqlDialect::asUtf8): `list --json` reads every key.
QString keyColumns(const SqlDialect& dialect, bool withHash)
{
    return dialect.asUtf8({u"api_keys.key_id"_s, u"api_keys.application_id"_s,
                           withHash ? u"api_keys.key_sha256"_s : u"''"_s, u"api_keys.key_hint"_s,
                           u"api_keys.created_by"_s, u"api_keys.created_at"_s, u"api_keys.expires_at"_s,
                           u"api_keys.revoked_at"_s});
}

/// How many columns keyColumns() names.
constexpr int KeyColumnCount = 8;

KeyRecord keyFromRow(const SqlRows& row)
{
    KeyRecord key;
    key.keyId = row.text(0);
    key.applicationId = row.text(1);
    key.keySha256 = row.text(2);
    key.keyHint = row.text(3);
    key.createdBy = row.text(4);
    key.createdAt = row.time(5);
    key.expiresAt = row.time(6);
    key.revokedAt = row.time(7);
    return key;
}

/// The keys `rows` reads (prepared and bound), with their usage after keyFromRow()'s columns if `withUsage`.
Result<QList<KeyRecord>> selectKeys(SqlRows& rows, bool withUsage = false)
{
    if (!rows.exec())
        return RepositoryQuery::readError(rows);
    QList<KeyRecord> keys;
    SharedStrings repeated; // a creator across keys, an app's id across its keys
    while (rows.next()) {
        KeyRecord key = keyFromRow(rows);
        key.applicationId = repeated.shared(key.applicationId);
        key.createdBy = repeated.shared(key.createdBy);
        if (withUsage) {
            key.lastUsedAt = rows.time(KeyColumnCount);
            key.useCount = rows.integer(KeyColumnCount + 1);
        }
        keys.append(std::move(key));
    }
    if (rows.failed())
        return RepositoryQuery::readError(rows);
    return keys;
}

Error keyNotFound(const QString& keyId)
{
    return Error{KeyRepository::tr("This app has no API key with the id %1.").arg(keyId),
                 KeyRepository::tr("It may have been changed meanwhile; refresh the list."), ErrorCode::NotFound};
}

/// Without the hash by default, as the writes need it: see selectLiveApp() in AppRepository.cpp.
Result<KeyRecord> selectKeyOfApp(const QSqlDatabase& db, const QString& applicationId, const QString& keyId,
                                 bool withHash = false)
{
    SqlRows rows(db, u"SELECT %1 FROM api_keys WHERE application_id = :application_id AND key_id = :key_id"_s.arg(
                         keyColumns(SqlDialect::of(db), withHash)));
    rows.bindValue(u":application_id"_s, applicationId);
    rows.bindValue(u":key_id"_s, keyId);
    const Result<QList<KeyRecord>> keys = selectKeys(rows);
    if (!keys)
        return keys.error();
    if (keys.value().isEmpty())
        return keyNotFound(keyId);
    return keys.value().constFirst();
}

Status insertKeyRow(const QSqlDatabase& db, const KeyRecord& key)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO api_keys (key_id, application_id, key_sha256, key_hint, created_by, created_at,"
                  "  expires_at, revoked_at)"
                  " VALUES (:key_id, :application_id, :key_sha256, :key_hint, :created_by, :created_at,"
                  "  :expires_at, :revoked_at)"_s);
    query.bindValue(u":key_id"_s, key.keyId);
    query.bindValue(u":application_id"_s, key.applicationId);
    query.bindValue(u":key_sha256"_s, key.keySha256);
    query.bindValue(u":key_hint"_s, key.keyHint);
    query.bindValue(u":created_by"_s, key.createdBy);
    query.bindValue(u":created_at"_s, SqlTime::toValue(key.createdAt));
    query.bindValue(u":expires_at"_s, SqlTime::toValue(key.expiresAt));
    query.bindValue(u":revoked_at"_s, SqlTime::toValue(key.revokedAt));
    return RepositoryQuery::exec(query, KeyRepository::tr("Could not save the API key %1.").arg(key.keyHint));
}

Status updateKeyColumn(const QSqlDatabase& db, const QString& keyId, const QString& column, const QDateTime& time)
{
    QSqlQuery query(db);
    query.prepare(u"UPDATE api_keys SET %1 = :time WHERE key_id = :key_id"_s.arg(column));
    query.bindValue(u":time"_s, SqlTime::toValue(time));
    query.bindValue(u":key_id"_s, keyId);
    return RepositoryQuery::exec(query, KeyRepository::tr("Could not save the changes to the registry."));
}

/// Without the hashes by default, as the writes need them: see selectLiveApp() in AppRepository.cpp.
Result<QList<KeyRecord>> selectKeysOfApp(const QSqlDatabase& db, const QString& applicationId, bool withHash = false)
{
    SqlRows rows(db, u"SELECT %1 FROM api_keys WHERE application_id = :application_id"
                     " ORDER BY created_at DESC, key_id"_s.arg(keyColumns(SqlDialect::of(db), withHash)));
    rows.bindValue(u":application_id"_s, applicationId);
    return selectKeys(rows);
}

const KeyRecord* findIn(const QList<KeyRecord>& keys, const QString& keyId)
{
    const auto found =
        std::find_if(keys.begin(), keys.end(), [&keyId](const KeyRecord& key) { return key.keyId == keyId; });
    return found == keys.end() ? nullptr : &*found;
}

/// An app and its keys as they are inside the caller's transaction, for the rules to judge.
struct AppWithKeys
{
    AppRecord app;
    QList<KeyRecord> keys;
};

Result<AppWithKeys> readAppWithKeys(const QSqlDatabase& db, const QString& applicationId)
{
    Result<AppRecord> app = AppRepository::liveAppIn(db, applicationId);
    if (!app)
        return app.error();
    Result<QList<KeyRecord>> keys = selectKeysOfApp(db, applicationId);
    if (!keys)
        return keys.error();
    return AppWithKeys{std::move(app).value(), std::move(keys).value()};
}

} // namespace

KeyRepository::KeyRepository(std::shared_ptr<Database> database, std::shared_ptr<const Clock> clock)
    : m_database(std::move(database)), m_clock(std::move(clock))
{
}

Status KeyRepository::insertKey(const KeyRecord& key)
{
    const QDateTime now = m_clock->nowUtc();
    return RepositoryQuery::writeInTransaction(*m_database, AuditAction::KeyGenerated, [&](QSqlDatabase& db) {
        const Result<AppWithKeys> stored = readAppWithKeys(db, key.applicationId);
        if (!stored)
            return Status(stored.error());
        if (Status allowed = KeyRules::checkCanIssueKey(stored.value().app, stored.value().keys, now); !allowed)
            return allowed;
        if (Status inserted = insertKeyRow(db, key); !inserted)
            return inserted;
        const QJsonObject details{{u"key_id"_s, key.keyId},
                                  {u"expires_at"_s, SqlTime::toValue(key.expiresAt).toString()},
                                  {u"key_fingerprint"_s, CredentialFormat::fingerprint(key.keySha256)}};
        return AuditLog::appendInTransaction(db, m_database->actor(), now, AuditAction::KeyGenerated, key.applicationId,
                                             key.keyHint, details);
    });
}

Status KeyRepository::rotateKey(const QString& applicationId, const QString& oldKeyId, const QDateTime& oldKeyExpiresAt,
                                const KeyRecord& newKey)
{
    const QDateTime now = m_clock->nowUtc();
    return RepositoryQuery::writeInTransaction(*m_database, AuditAction::KeyRotated, [&](QSqlDatabase& db) {
        const Result<AppWithKeys> stored = readAppWithKeys(db, applicationId);
        if (!stored)
            return Status(stored.error());
        if (Status active = KeyRules::checkActive(stored.value().app); !active)
            return active;
        const KeyRecord* oldKey = findIn(stored.value().keys, oldKeyId);
        if (!oldKey)
            return Status(keyNotFound(oldKeyId));
        if (Status rotatable = KeyRules::checkRotatable(*oldKey, now); !rotatable)
            return rotatable;
        if (Status allowed = KeyRules::checkCanIssueKey(stored.value().app, stored.value().keys, now, oldKeyId);
            !allowed)
            return allowed;

        // Rotation hands over; it never gives the old key more time than it had.
        const QDateTime oldKeyEnds = std::min(oldKey->expiresAt, oldKeyExpiresAt.toUTC());
        if (Status shortened = updateKeyColumn(db, oldKeyId, u"expires_at"_s, oldKeyEnds); !shortened)
            return shortened;
        if (Status inserted = insertKeyRow(db, newKey); !inserted)
            return inserted;
        const QJsonObject details{{u"key_id"_s, newKey.keyId},
                                  {u"expires_at"_s, SqlTime::toValue(newKey.expiresAt).toString()},
                                  {u"key_fingerprint"_s, CredentialFormat::fingerprint(newKey.keySha256)},
                                  {u"old_key_id"_s, oldKeyId},
                                  {u"old_key_hint"_s, oldKey->keyHint},
                                  {u"old_key_expires_at"_s, SqlTime::toValue(oldKeyEnds).toString()}};
        return AuditLog::appendInTransaction(db, m_database->actor(), now, AuditAction::KeyRotated, applicationId,
                                             newKey.keyHint, details);
    });
}

Status KeyRepository::revokeKey(const QString& applicationId, const QString& keyId)
{
    const QDateTime now = m_clock->nowUtc();
    return RepositoryQuery::writeInTransaction(*m_database, AuditAction::KeyRevoked, [&](QSqlDatabase& db) {
        if (const Result<AppRecord> app = AppRepository::liveAppIn(db, applicationId); !app)
            return Status(app.error());
        const Result<KeyRecord> key = selectKeyOfApp(db, applicationId, keyId);
        if (!key)
            return Status(key.error());
        if (Status revocable = KeyRules::checkRevocable(key.value()); !revocable)
            return revocable;
        if (Status revoked = updateKeyColumn(db, keyId, u"revoked_at"_s, now); !revoked)
            return revoked;
        return AuditLog::appendInTransaction(db, m_database->actor(), now, AuditAction::KeyRevoked, applicationId,
                                             key.value().keyHint, QJsonObject{{u"key_id"_s, keyId}});
    });
}

Status KeyRepository::recordKeyRead(const QString& applicationId, const QString& keyId)
{
    const QDateTime now = m_clock->nowUtc();
    return RepositoryQuery::writeInTransaction(*m_database, AuditAction::KeyRevealed, [&](QSqlDatabase& db) {
        if (const Result<AppRecord> app = AppRepository::liveAppIn(db, applicationId); !app)
            return Status(app.error());
        const Result<KeyRecord> key = selectKeyOfApp(db, applicationId, keyId);
        if (!key)
            return Status(key.error());
        return AuditLog::appendInTransaction(db, m_database->actor(), now, AuditAction::KeyRevealed, applicationId,
                                             key.value().keyHint, {});
    });
}

Result<KeyRecord> KeyRepository::findKey(const QString& applicationId, const QString& keyId) const
{
    return selectKeyOfApp(m_database->connection(), applicationId, keyId, m_database->mayReadCredentialHashes());
}

Result<std::optional<KeyRecord>> KeyRepository::keyById(const QString& keyId) const
{
    SqlRows rows(m_database->connection(),
                 u"SELECT %1 FROM api_keys WHERE key_id = :key_id"_s.arg(keyColumns(m_database->dialect(), true)));
    rows.bindValue(u":key_id"_s, keyId);
    const Result<QList<KeyRecord>> keys = selectKeys(rows);
    if (!keys)
        return keys.error();
    if (keys.value().isEmpty())
        return std::optional<KeyRecord>();
    return std::optional(keys.value().constFirst());
}

Result<QList<KeyRecord>> KeyRepository::keysForApp(const QString& applicationId) const
{
    return selectKeysOfApp(m_database->connection(), applicationId, m_database->mayReadCredentialHashes());
}

Result<QList<KeyRecord>> KeyRepository::listKeys(const AppSelection& selection) const
{
    return listKeys(selection, false);
}

Result<QList<KeyRecord>> KeyRepository::listKeysWithUsage(const AppSelection& selection) const
{
    return listKeys(selection, true);
}

Result<QList<KeyRecord>> KeyRepository::listKeys(const AppSelection& selection, bool withUsage) const
{
    const SqlDialect dialect = m_database->dialect();
    QString columns = keyColumns(dialect, m_database->mayReadCredentialHashes());
    QString tables = u"api_keys JOIN apps ON apps.application_id = api_keys.application_id"_s;
    if (withUsage) {
        columns += u", "_s + dialect.asUtf8({u"key_usage.last_used_at"_s}) + u", key_usage.use_count"_s;
        tables += u" LEFT JOIN key_usage ON key_usage.key_id = api_keys.key_id"_s;
    }
    SqlRows rows(m_database->connection(),
                 u"SELECT %1 FROM %2 WHERE %3 ORDER BY %4, api_keys.created_at DESC, api_keys.key_id"_s.arg(
                     columns, tables, selection.condition(), AppSelection::appByApp(dialect)));
    selection.bind(rows);
    return selectKeys(rows, withUsage);
}

Result<QList<KeyRecord>> KeyRepository::listEveryKey(const AppIdRange& range) const
{
    // Not joined with apps: a key row whose app row is gone is something verify must see.
    SqlRows rows(m_database->connection(),
                 u"SELECT %1 FROM api_keys WHERE %2 ORDER BY api_keys.application_id, api_keys.created_at DESC,"
                 " api_keys.key_id"_s.arg(keyColumns(m_database->dialect(), m_database->mayReadCredentialHashes()),
                                          range.condition(u"api_keys.application_id"_s)));
    rows.bindValues(range.values());
    return selectKeys(rows);
}

} // namespace AppKeys
