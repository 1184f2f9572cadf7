#include "WriteTransaction.h"

#include "ErrorCode.h"
#include "SqlDialect.h"
#include "TestHook.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace AppKeys {

WriteTransaction::WriteTransaction(QSqlDatabase db, Scope scope) : m_db(std::move(db)), m_scope(scope) {}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    // Nothing to report to: the change is abandoned either way, and the database rolls back on close as well.
    QSqlQuery(m_db).exec(u"ROLLBACK"_s);
}

Status WriteTransaction::begin()
{
    const QString failure =
        QCoreApplication::translate("AppKeys::WriteTransaction", "Could not start writing to the registry.");
    // Statements rather than QSqlDatabase::transaction(), which cannot say how to take the write lock.
    const SqlDialect dialect = SqlDialect::of(m_db);
    Status begun = execute(dialect.beginWriteStatement(), failure);
    m_open = begun.ok();
    const QString lock = lockStatement(dialect);
    if (!begun || lock.isEmpty())
        return begun;
    return execute(lock, failure);
}

Status WriteTransaction::commit()
{
    const QString failure =
        QCoreApplication::translate("AppKeys::WriteTransaction", "Could not save the changes to the registry.");
    if (TestHook::fails("registry.commit"))
        return outcomeUnknown(Error{failure, {}});
    if (const QString notify = SqlDialect::of(m_db).changeNotificationStatement();
        m_scope == Scope::Registry && !notify.isEmpty()) {
        // Before COMMIT, so that the announcement and the change commit together or not at all.
        if (Status announced = execute(notify, failure); !announced)
            return announced;
    }
    Status committed = execute(u"COMMIT"_s, failure);
    if (!committed)
        return outcomeUnknown(committed.error());
    m_open = false;
    if (TestHook::fails("registry.commit-answer-lost"))
        return outcomeUnknown(Error{failure, {}});
    return committed;
}

QString WriteTransaction::lockStatement(const SqlDialect& dialect) const
{
    switch (m_scope) {
    case Scope::Registry:
        return dialect.registryLockStatement();
    case Scope::Schema:
        return dialect.schemaLockStatement();
    case Scope::Usage:
        return {};
    }
    Q_UNREACHABLE();
    return {};
}

Error WriteTransaction::outcomeUnknown(Error failure)
{
    // A COMMIT that fails may still have taken effect (a connection lost after the server committed), and one that
    // did not is rolled back when this transaction ends: either way the caller must look before it undoes anything.
    failure.code = ErrorCode::CommitOutcomeUnknown;
    return failure;
}

Status WriteTransaction::run(QSqlDatabase db, const std::function<Status()>& write, Scope scope)
{
    WriteTransaction transaction(std::move(db), scope);
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
    return SqlDialect::of(m_db).statementError(query.lastError(), failureMessage);
}

} // namespace AppKeys
