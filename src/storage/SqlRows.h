#pragma once

#include "SqlDialect.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace AppKeys {

/// The rows of one read, forward only, for the reads that take many (a page of apps, their URLs, permissions and
/// keys). On SQLite straight from its library, on the connection's own handle: Qt's driver copies each value into a
/// QVariant of its own before handing it over, which cost 11 % of `list --json`'s instructions. On PostgreSQL through
/// QSqlQuery. Text is read as UTF-8, as SqlDialect::asUtf8 asks of it.
class SqlRows
{
public:
    /// Prepares `sql` on `db`; a statement that does not prepare fails at exec().
    SqlRows(const QSqlDatabase& db, const QString& sql);
    ~SqlRows();
    SqlRows(const SqlRows&) = delete;
    SqlRows& operator=(const SqlRows&) = delete;

    /// Binds a named placeholder (":name") as QSqlQuery::bindValue does: a null value as NULL, a whole number or a
    /// bool as an integer, anything else as its text.
    void bindValue(const QString& placeholder, const QVariant& value);
    void bindValues(const QVariantMap& values);
    /// Runs the statement; false if it failed (lastError()).
    bool exec();
    /// Moves to the next row; false after the last, or on a failure, which the reader must then report: the rows
    /// read so far are not all (failed()).
    bool next();
    bool failed() const { return m_error.type() != QSqlError::NoError; }

    bool isNull(int column) const;
    /// The column's text: null for NULL, '' (not null) for an empty text, so that it is written back as ''.
    QString text(int column) const;
    qint64 integer(int column) const;
    /// The column's time (SqlTime's text), invalid for NULL.
    QDateTime time(int column) const;

    /// The failure of the last call, in the form QSqlQuery gives it (RepositoryQuery::readError reads either).
    QSqlError lastError() const { return m_error; }
    const SqlDialect& dialect() const { return m_dialect; }

private:
    /// SQLite's next row; false after the last, or on a failure (m_error).
    bool step();
    void failWithSqlite();

    SqlDialect m_dialect;
    std::optional<QSqlQuery> m_query;
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    /// The first row, read by exec() and not yet handed over by next().
    bool m_rowAhead = false;
    QSqlError m_error;
};

} // namespace AppKeys
