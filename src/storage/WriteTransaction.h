#pragma once

#include "Status.h"

#include <QSqlDatabase>
#include <functional>

namespace AppKeys {

/// A transaction that takes the write lock when it begins (BEGIN IMMEDIATE on SQLite), so that two connections
/// never both read and then fail to upgrade to writing: the second waits for the first (busy_timeout) instead.
/// Rolled back when it goes out of scope without commit().
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    Status begin();
    Status commit();

    /// Runs `write` in a transaction: committed if it succeeds, rolled back otherwise.
    static Status run(QSqlDatabase db, const std::function<Status()>& write);

private:
    Status execute(const QString& statement, const QString& failureMessage);

    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace AppKeys
