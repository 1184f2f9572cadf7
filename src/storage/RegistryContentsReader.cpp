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

Result<RegistryContents> RegistryContentsReader::read() const
{
    RegistryContents contents;
    Result<QList<AppRecord>> apps = AppRepository(m_database).listEveryApp();
    if (!apps)
        return apps.error();
    Result<QList<KeyRecord>> keys = KeyRepository(m_database).listEveryKey();
    if (!keys)
        return keys.error();
    const Result<QDateTime> started = trailStartedAt();
    if (!started)
        return started.error();
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
