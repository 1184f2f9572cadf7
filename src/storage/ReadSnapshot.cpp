#include "ReadSnapshot.h"

#include "SqlDialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

Error readError(const SqlDialect& dialect, const QSqlQuery& query)
{
    return dialect.statementError(query.lastError(),
                                  QCoreApplication::translate("AppKeys::ReadSnapshot", "Could not read the registry."));
}

} // namespace

ReadSnapshot::ReadSnapshot(QSqlDatabase db) : m_db(std::move(db)) {}

ReadSnapshot::~ReadSnapshot()
{
    if (m_open)
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
}

Result<QString> ReadSnapshot::begin()
{
    const SqlDialect dialect = SqlDialect::of(m_db);
    QSqlQuery query(m_db);
    if (!query.exec(dialect.beginReadSnapshotStatement()))
        return readError(dialect, query);
    m_open = true;
    return commitMarker(m_db);
}

Result<QString> ReadSnapshot::commitMarker(const QSqlDatabase& db)
{
    const SqlDialect dialect = SqlDialect::of(db);
    QSqlQuery query(db);
    if (!query.exec(dialect.commitMarkerStatement()) || !query.next())
        return readError(dialect, query);
    return query.value(0).toString();
}

} // namespace AppKeys
