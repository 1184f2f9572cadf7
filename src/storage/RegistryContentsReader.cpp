#include "RegistryContentsReader.h"

#include "AppRepository.h"
#include "Database.h"
#include "KeyRepository.h"
#include "RepositoryQuery.h"
#include "SqlTime.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

/// Migrations applied in one run are seconds apart at most; an upgrade comes in a run of its own, later.
constexpr qint64 SameRunSeconds = 60;

} // namespace

RegistryContentsReader::RegistryContentsReader(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

Result<qint64> RegistryContentsReader::appCount() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(u"SELECT COUNT(*) FROM apps"_s) || !query.next())
        return RepositoryQuery::readError(query);
    return query.value(0).toLongLong();
}

Result<AppIdRange> RegistryContentsReader::sliceAfter(const std::optional<QString>& after, int appsPerSlice) const
{
    const AppIdRange rest{after, std::nullopt};
    QSqlQuery query(m_database->connection());
    // The primary key's index: the slice's last id is found by stepping over the ids, not by reading the rows.
    query.prepare(u"SELECT application_id FROM apps WHERE %1 ORDER BY application_id LIMIT 1 OFFSET %2"_s
                      .arg(rest.condition(u"application_id"_s))
                      .arg(appsPerSlice - 1));
    rest.bind(query);
    if (!query.exec())
        return RepositoryQuery::readError(query);
    if (!query.next())
        return rest;
    return AppIdRange{after, query.value(0).toString()};
}

Result<RegistryContents> RegistryContentsReader::read(const AppIdRange& slice) const
{
    // Read for each slice (one row of schema_migrations), so that a slice needs nothing from the one before it.
    const Result<QDateTime> started = trailStartedAt();
    if (!started)
        return started.error();
    Result<QList<AppRecord>> apps = AppRepository(m_database).listEveryApp(slice);
    if (!apps)
        return apps.error();
    Result<QList<KeyRecord>> keys = KeyRepository(m_database).listEveryKey(slice);
    if (!keys)
        return keys.error();
    RegistryContents contents;
    contents.apps = std::move(apps).value();
    contents.keys = std::move(keys).value();
    contents.hashesReadable = m_database->mayReadCredentialHashes();
    contents.trailStartedAt = started.value();
    return contents;
}

Result<QDateTime> RegistryContentsReader::trailStartedAt() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(u"SELECT version, applied_at FROM schema_migrations WHERE version IN (1, 2) ORDER BY version"_s))
        return RepositoryQuery::readError(query);
    QList<QDateTime> applied;
    while (query.next())
        applied.append(SqlTime::fromValue(query.value(1)));
    if (applied.size() != 2 || applied.at(0).secsTo(applied.at(1)) <= SameRunSeconds)
        return QDateTime();
    return applied.at(1);
}

} // namespace AppKeys
