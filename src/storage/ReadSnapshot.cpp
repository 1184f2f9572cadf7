#include "ReadSnapshot.h"

#include "SqlDialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace AppKeys {

ReadSnapshot::ReadSnapshot(QSqlDatabase db) : m_db(std::move(db)) {}

ReadSnapshot::~ReadSnapshot()
{
    if (m_open)
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
}

Status ReadSnapshot::begin()
{
    const SqlDialect dialect = SqlDialect::of(m_db);
    QSqlQuery query(m_db);
    if (!query.exec(dialect.beginReadSnapshotStatement()))
        return dialect.statementError(
            query.lastError(), QCoreApplication::translate("AppKeys::ReadSnapshot", "Could not read the registry."));
    m_open = true;
    return {};
}

} // namespace AppKeys
