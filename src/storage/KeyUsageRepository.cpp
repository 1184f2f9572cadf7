#include "KeyUsageRepository.h"

#include "Database.h"
#include "RepositoryQuery.h"
#include "SqlTime.h"
#include "WriteTransaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

// The key is found by its hash (unique, and indexed as such). INSERT ... SELECT leaves out a key that is not in
// api_keys instead of failing the whole batch on the foreign key. The CAST tells PostgreSQL the parameter's type, which
// it cannot infer from a select list.
const QString UpsertStatement =
    u"INSERT INTO key_usage (key_id, last_used_at, use_count)"
    " SELECT key_id, :last_used_at, CAST(:count AS BIGINT) FROM api_keys WHERE key_sha256 = :key_sha256"
    " ON CONFLICT (key_id) DO UPDATE SET"
    "  use_count = key_usage.use_count + excluded.use_count,"
    "  last_used_at = CASE WHEN excluded.last_used_at > key_usage.last_used_at"
    "    THEN excluded.last_used_at ELSE key_usage.last_used_at END"_s;

Result<QHash<QString, KeyUsage>> selectUsage(QSqlQuery& query)
{
    if (!query.exec())
        return RepositoryQuery::readError(query);
    QHash<QString, KeyUsage> usage;
    while (query.next()) {
        const QString keyId = query.value(0).toString();
        usage.insert(keyId, KeyUsage{keyId, {}, SqlTime::fromValue(query.value(1)), query.value(2).toLongLong()});
    }
    return usage;
}

} // namespace

KeyUsageRepository::KeyUsageRepository(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

Status KeyUsageRepository::record(const QList<KeyUsage>& batch)
{
    QSqlDatabase db = m_database->connection();
    return WriteTransaction::run(
        db,
        [&]() -> Status {
            QSqlQuery query(db);
            query.prepare(UpsertStatement);
            for (const KeyUsage& usage : batch) {
                query.bindValue(u":key_sha256"_s, usage.keySha256);
                query.bindValue(u":last_used_at"_s, SqlTime::toValue(usage.lastUsedAt));
                query.bindValue(u":count"_s, usage.count);
                if (Status written = RepositoryQuery::exec(query, tr("Could not record when the keys were used."));
                    !written)
                    return written;
            }
            return {};
        },
        WriteTransaction::Scope::Usage);
}

Result<QHash<QString, KeyUsage>> KeyUsageRepository::all() const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT key_id, last_used_at, use_count FROM key_usage"_s);
    return selectUsage(query);
}

Result<QHash<QString, KeyUsage>> KeyUsageRepository::forApp(const QString& applicationId) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT key_usage.key_id, key_usage.last_used_at, key_usage.use_count FROM key_usage"
                  " JOIN api_keys ON api_keys.key_id = key_usage.key_id"
                  " WHERE api_keys.application_id = :application_id"_s);
    query.bindValue(u":application_id"_s, applicationId);
    return selectUsage(query);
}

} // namespace AppKeys
