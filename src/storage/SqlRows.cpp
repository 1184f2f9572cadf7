#include "SqlRows.h"

#include "IsoTime.h"
#include "SqlText.h"

#include <QSqlDriver>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

/// The connection's SQLite handle, or null for another driver.
sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace

SqlRows::SqlRows(const QSqlDatabase& db, const QString& sql) : m_dialect(SqlDialect::of(db)), m_handle(sqliteHandle(db))
{
    if (!m_handle) {
        m_query.emplace(db);
        m_query->setForwardOnly(true); // read once, in order: no cache of every row in Qt
        m_query->prepare(sql);
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK)
        failWithSqlite();
}

SqlRows::~SqlRows()
{
    sqlite3_finalize(m_statement);
}

void SqlRows::bindValue(const QString& placeholder, const QVariant& value)
{
    if (m_query) {
        m_query->bindValue(placeholder, value);
        return;
    }
    if (!m_statement)
        return;
    const int index = sqlite3_bind_parameter_index(m_statement, placeholder.toUtf8().constData());
    if (index == 0)
        return;
    switch (value.isNull() ? QMetaType::UnknownType : value.typeId()) {
    case QMetaType::UnknownType:
        sqlite3_bind_null(m_statement, index);
        break;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(m_statement, index, value.toLongLong());
        break;
    default: {
        const QByteArray text = value.toString().toUtf8();
        sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    }
}

void SqlRows::bindValues(const QVariantMap& values)
{
    for (auto value = values.cbegin(); value != values.cend(); ++value)
        bindValue(value.key(), value.value());
}

bool SqlRows::exec()
{
    if (m_query) {
        if (m_query->exec())
            return true;
        m_error = m_query->lastError();
        return false;
    }
    // The first row is read here, as Qt's driver does: a statement that fails at once fails exec().
    m_rowAhead = step();
    return !failed();
}

bool SqlRows::next()
{
    if (m_query) {
        if (m_query->next())
            return true;
        m_error = m_query->lastError();
        return false;
    }
    if (m_rowAhead) {
        m_rowAhead = false;
        return true;
    }
    return !failed() && step();
}

bool SqlRows::step()
{
    if (!m_statement)
        return false;
    const int stepped = sqlite3_step(m_statement);
    if (stepped == SQLITE_ROW)
        return true;
    if (stepped != SQLITE_DONE)
        failWithSqlite();
    return false;
}

bool SqlRows::isNull(int column) const
{
    if (m_query)
        return m_query->isNull(column);
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString SqlRows::text(int column) const
{
    if (m_query)
        return SqlText::fromValue(m_query->value(column));
    if (isNull(column))
        return {};
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return size == 0 ? u""_s : QString::fromUtf8(bytes, size);
}

qint64 SqlRows::integer(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

QDateTime SqlRows::time(int column) const
{
    return isNull(column) ? QDateTime() : IsoTime::parse(text(column));
}

void SqlRows::failWithSqlite()
{
    // SQLite's own text ("database disk image is malformed") is the hint under "Could not read the registry."
    m_error = QSqlError({}, QString::fromUtf8(sqlite3_errmsg(m_handle)), QSqlError::StatementError,
                        QString::number(sqlite3_extended_errcode(m_handle)));
}

} // namespace AppKeys
