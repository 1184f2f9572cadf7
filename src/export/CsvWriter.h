#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

namespace AppKeys {

/// CSV as RFC 4180 writes it: a header row, CRLF line ends, and fields that hold a comma, a double quote or a
/// line break enclosed in double quotes, with their double quotes doubled. No field is a formula (neutralisedField):
/// the window's Export and `appkeys export` both write through here.
class CsvWriter
{
public:
    explicit CsvWriter(QTextStream& out);

    void writeRow(const QStringList& fields);
    /// writeRow() of `fields` as UTF-8, appended to `csv`: `export` writes its rows so, without a stream between.
    static void appendRow(QByteArray& csv, const QStringList& fields);
    /// A header row of `columns`, then one row per JSON object of `records`, in the same column order.
    void writeRecords(const QStringList& columns, const QJsonArray& records);
    /// One row: the fields `columns` of `record`, in that order.
    void writeRecord(const QStringList& columns, const QJsonObject& record);
    /// That row's fields, as fieldText() writes them.
    static QStringList fieldsOf(const QStringList& columns, const QJsonObject& record);

    /// The field neutralised, then quoted as RFC 4180 requires.
    static QString escapedField(const QString& field);
    /// OWASP's rule against CSV injection: a field a spreadsheet would run as a formula, one that starts with =, +,
    /// -, @, a tab or a carriage return (as a name "=HYPERLINK(…)" or an actor "@SUM(…)" may), gets an apostrophe
    /// in front, so that spreadsheets show it as text.
    static QString neutralisedField(const QString& field);
    /// Strings as they are, arrays as their elements separated by spaces, objects as compact JSON, null as
    /// an empty field.
    static QString fieldText(const QJsonValue& value);

private:
    static void appendField(QByteArray& csv, const QString& field);
    /// Whether a spreadsheet would run the field as a formula (neutralisedField).
    static bool isFormula(const QString& field);

    QTextStream& m_out;
};

} // namespace AppKeys
