#pragma once

#include "SqlDialect.h"
#include "Status.h"

#include <QSqlDatabase>
#include <functional>

namespace AppKeys {

/// A transaction that takes the registry's write lock when it begins (BEGIN IMMEDIATE on SQLite, a table lock on
/// PostgreSQL: see SqlDialect), so that two connections never both read and then write on what they read: the second
/// waits for the first (busy_timeout, lock_timeout) instead. Writers therefore never fork the audit chain.
/// A statement the database refuses because the connection may only read is ErrorCode::ReadOnly; on PostgreSQL the
/// lock itself is refused to a role that may only read, before anything is touched.
/// A Registry transaction announces its commit to the verification services (SqlDialect::changeNotificationStatement).
/// Rolled back when it goes out of scope without commit().
class WriteTransaction
{
public:
    enum class Scope
    {
        /// Changes to the registry's data, in a schema that is current.
        Registry,
        /// Schema migrations, which may run before the registry's tables exist.
        Schema,
        /// The verification service's record of key usage (KeyUsageRepository): not a change to the registry, so
        /// neither its write lock (which the service's role may not take) nor an announcement.
        Usage
    };

    explicit WriteTransaction(QSqlDatabase db, Scope scope = Scope::Registry);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    Status begin();
    /// A failed COMMIT is ErrorCode::CommitOutcomeUnknown: whether it took effect is not known from here.
    Status commit();

    /// Runs `write` in a transaction: committed if it succeeds, rolled back otherwise.
    static Status run(QSqlDatabase db, const std::function<Status()>& write, Scope scope = Scope::Registry);

private:
    QString lockStatement(const SqlDialect& dialect) const;
    static Error outcomeUnknown(Error failure);
    Status execute(const QString& statement, const QString& failureMessage);

    QSqlDatabase m_db;
    Scope m_scope;
    bool m_open = false;
};

} // namespace AppKeys
