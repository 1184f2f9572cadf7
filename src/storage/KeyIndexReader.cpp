#include "KeyIndexReader.h"

#include "Database.h"
#include "RepositoryQuery.h"
#include "SqlTime.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

const QString KeyColumns = u"api_keys.key_id, api_keys.application_id, api_keys.key_sha256, api_keys.expires_at,"
                           " api_keys.revoked_at"_s;

KeyRecord keyFromRow(const QSqlQuery& query)
{
    KeyRecord key;
    key.keyId = query.value(0).toString();
    key.applicationId = query.value(1).toString();
    key.keySha256 = query.value(2).toString();
    key.expiresAt = SqlTime::fromValue(query.value(3));
    key.revokedAt = SqlTime::fromValue(query.value(4));
    return key;
}

} // namespace

KeyIndexReader::KeyIndexReader(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

Result<qint64> KeyIndexReader::latestSequence() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(u"SELECT COALESCE(MAX(sequence), 0) FROM audit_log"_s) || !query.next())
        return RepositoryQuery::readError(query);
    return query.value(0).toLongLong();
}

Result<KeyIndexReader::Changes> KeyIndexReader::changesSince(qint64 sequence) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT sequence, application_id FROM audit_log WHERE sequence > :sequence ORDER BY sequence"_s);
    query.bindValue(u":sequence"_s, sequence);
    if (!query.exec())
        return RepositoryQuery::readError(query);
    Changes changes{{}, sequence};
    while (query.next()) {
        changes.latestSequence = query.value(0).toLongLong();
        const QString applicationId = query.value(1).toString();
        if (!applicationId.isEmpty() && !changes.applicationIds.contains(applicationId))
            changes.applicationIds.append(applicationId);
    }
    return changes;
}

Status KeyIndexReader::forEachApp(const std::function<void(const AppRecord&)>& visit) const
{
    // The permissions first, whole: PostgreSQL's driver reads only one forward-only query of a connection at a time.
    QSqlQuery permissions(m_database->connection());
    permissions.setForwardOnly(true);
    if (!permissions.exec(u"SELECT app_permissions.application_id, app_permissions.permission_id FROM app_permissions"
                          " JOIN apps ON apps.application_id = app_permissions.application_id"
                          " WHERE apps.deleted_at IS NULL"
                          " ORDER BY app_permissions.application_id, app_permissions.permission_id"_s))
        return RepositoryQuery::readError(permissions);
    QHash<QString, QStringList> permissionsOfApp;
    while (permissions.next())
        permissionsOfApp[permissions.value(0).toString()].append(permissions.value(1).toString());
    permissions.finish();
    QSqlQuery apps(m_database->connection());
    apps.setForwardOnly(true);
    if (!apps.exec(u"SELECT application_id, name, status FROM apps WHERE deleted_at IS NULL"_s))
        return RepositoryQuery::readError(apps);
    while (apps.next()) {
        AppRecord app;
        app.applicationId = apps.value(0).toString();
        app.details.name = apps.value(1).toString();
        app.active = apps.value(2).toString() == u"active"_s;
        app.scope.permissionIds = permissionsOfApp.value(app.applicationId);
        visit(app);
    }
    return {};
}

Status KeyIndexReader::forEachKey(const std::function<void(const KeyRecord&)>& visit) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT %1 FROM api_keys JOIN apps ON apps.application_id = api_keys.application_id"
                    " WHERE apps.deleted_at IS NULL"_s.arg(KeyColumns)))
        return RepositoryQuery::readError(query);
    while (query.next())
        visit(keyFromRow(query));
    return {};
}

Result<std::optional<KeyRecord>> KeyIndexReader::keyWithHash(const QString& sha256Hex) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT %1 FROM api_keys WHERE key_sha256 = :key_sha256"_s.arg(KeyColumns));
    query.bindValue(u":key_sha256"_s, sha256Hex);
    if (!query.exec())
        return RepositoryQuery::readError(query);
    if (!query.next())
        return std::optional<KeyRecord>();
    return std::optional<KeyRecord>(keyFromRow(query));
}

} // namespace AppKeys
