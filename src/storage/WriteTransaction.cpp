#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

bool isSqlite(const QSqlDatabase& db)
{
    return db.driverName() == u"QSQLITE"_s;
}

} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db) : m_db(std::move(db)) {}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    // Nothing to report to: the change is abandoned either way, and SQLite rolls back on close as well.
    if (isSqlite(m_db))
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    else
        m_db.rollback();
}

Status WriteTransaction::begin()
{
    const QString failure =
        QCoreApplication::translate("AppKeys::WriteTransaction", "Could not start writing to the registry.");
    // QSqlDatabase::transaction() issues a deferred BEGIN on SQLite, which takes the write lock only at the first
    // write; by then another connection may hold it, and SQLite refuses at once rather than waiting.
    Status begun = isSqlite(m_db) ? execute(u"BEGIN IMMEDIATE"_s, failure)
                                  : (m_db.transaction() ? Status() : Status(Error{failure, m_db.lastError().text()}));
    m_open = begun.ok();
    return begun;
}

Status WriteTransaction::commit()
{
    const QString failure =
        QCoreApplication::translate("AppKeys::WriteTransaction", "Could not save the changes to the registry.");
    Status committed = isSqlite(m_db) ? execute(u"COMMIT"_s, failure)
                                      : (m_db.commit() ? Status() : Status(Error{failure, m_db.lastError().text()}));
    if (committed)
        m_open = false;
    return committed;
}

Status WriteTransaction::run(QSqlDatabase db, const std::function<Status()>& write)
{
    WriteTransaction transaction(std::move(db));
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (Status written = write(); !written)
        return written;
    return transaction.commit();
}

Status WriteTransaction::execute(const QString& statement, const QString& failureMessage)
{
    QSqlQuery query(m_db);
    if (query.exec(statement))
        return {};
    return Error{failureMessage, query.lastError().text()};
}

} // namespace AppKeys
