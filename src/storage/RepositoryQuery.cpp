#include "RepositoryQuery.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlRows.h"
#include "WriteTransaction.h"

#include <QSqlError>

namespace AppKeys {

Error RepositoryQuery::readError(const QSqlQuery& query)
{
    return readError(SqlDialect::of(query), query.lastError());
}

Error RepositoryQuery::readError(const SqlRows& rows)
{
    return readError(rows.dialect(), rows.lastError());
}

Error RepositoryQuery::readError(const SqlDialect& dialect, const QSqlError& error)
{
    if (const std::optional<Error> fileError = dialect.sqliteFileError(error))
        return *fileError;
    return Error{tr("Could not read the registry."), error.text()};
}

Status RepositoryQuery::exec(QSqlQuery& query, const QString& failureMessage)
{
    if (query.exec())
        return {};
    return SqlDialect::of(query).statementError(query.lastError(), failureMessage);
}

Status RepositoryQuery::writeInTransaction(const Database& database, AuditAction action,
                                           const std::function<Status(QSqlDatabase& db)>& write)
{
    if (Status writable = database.checkWritable(action); !writable)
        return writable;
    QSqlDatabase db = database.connection();
    const Status written = WriteTransaction::run(db, [&] { return write(db); });
    if (written)
        database.reportCommittedHead();
    return written;
}

} // namespace AppKeys
