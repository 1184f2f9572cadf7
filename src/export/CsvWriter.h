#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

namespace AppKeys {

/// CSV as RFC 4180 writes it: a header row, CRLF line ends, and fields that hold a comma, a double quote or a
/// line break enclosed in double quotes, with their double quotes doubled.
class CsvWriter
{
public:
    explicit CsvWriter(QTextStream& out);

    void writeRow(const QStringList& fields);
    /// A header row of `columns`, then one row per JSON object of `records`, in the same column order.
    void writeRecords(const QStringList& columns, const QJsonArray& records);

    static QString escapedField(const QString& field);
    /// Strings as they are, arrays as their elements separated by spaces, objects as compact JSON, null as
    /// an empty field.
    static QString fieldText(const QJsonValue& value);

private:
    QTextStream& m_out;
};

} // namespace AppKeys
