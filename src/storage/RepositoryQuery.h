#pragma once

#include "AuditAction.h"
#include "Error.h"
#include "Status.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <functional>

namespace AppKeys {

class Database;
class SqlDialect;
class SqlRows;

/// What the repositories share: running a statement, reading its failure, and one write transaction.
class RepositoryQuery
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::RepositoryQuery)

public:
    /// "Could not read the registry." with the driver's text as hint; a damaged file said as such
    /// (SqlDialect::sqliteFileError).
    static Error readError(const QSqlQuery& query);
    static Error readError(const SqlRows& rows);
    /// Runs a write; a refusal by a database that may only be read is ErrorCode::ReadOnly (see SqlDialect).
    static Status exec(QSqlQuery& query, const QString& failureMessage);
    /// One write: refused at once in a read-only registry, otherwise run in a WriteTransaction on the connection.
    static Status writeInTransaction(const Database& database, AuditAction action,
                                     const std::function<Status(QSqlDatabase& db)>& write);

private:
    static Error readError(const SqlDialect& dialect, const QSqlError& error);
};

} // namespace AppKeys
