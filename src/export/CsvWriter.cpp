#include "CsvWriter.h"

#include "Utf8Text.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace AppKeys {

CsvWriter::CsvWriter(QTextStream& out) : m_out(out) {}

void CsvWriter::writeRow(const QStringList& fields)
{
    QByteArray row;
    appendRow(row, fields);
    m_out << QString::fromUtf8(row);
}

void CsvWriter::appendRow(QByteArray& csv, const QStringList& fields)
{
    for (qsizetype index = 0; index < fields.size(); ++index) {
        if (index > 0)
            csv += ',';
        appendField(csv, fields[index]);
    }
    csv += "\r\n";
}

/// escapedField() as UTF-8, written into `csv` and quoted there if it must be: no text of its own for a field.
void CsvWriter::appendField(QByteArray& csv, const QString& field)
{
    const qsizetype start = csv.size();
    if (isFormula(field))
        csv += '\'';
    Utf8Text::append(csv, field);
    const bool needsQuotes = std::any_of(csv.cbegin() + start, csv.cend(), [](char byte) {
        return byte == ',' || byte == '"' || byte == '\n' || byte == '\r';
    });
    if (!needsQuotes)
        return;
    const QByteArray text = csv.sliced(start).replace('"', "\"\"");
    csv.truncate(start);
    csv += '"' + text + '"';
}

void CsvWriter::writeRecords(const QStringList& columns, const QJsonArray& records)
{
    writeRow(columns);
    for (const QJsonValue& record : records)
        writeRecord(columns, record.toObject());
}

void CsvWriter::writeRecord(const QStringList& columns, const QJsonObject& record)
{
    writeRow(fieldsOf(columns, record));
}

QStringList CsvWriter::fieldsOf(const QStringList& columns, const QJsonObject& record)
{
    QStringList fields;
    fields.reserve(columns.size());
    for (const QString& column : columns)
        fields.append(fieldText(record.value(column)));
    return fields;
}

QString CsvWriter::escapedField(const QString& field)
{
    QByteArray escaped;
    appendField(escaped, field);
    return QString::fromUtf8(escaped);
}

QString CsvWriter::neutralisedField(const QString& field)
{
    return isFormula(field) ? u'\'' + field : field;
}

bool CsvWriter::isFormula(const QString& field)
{
    return !field.isEmpty() && QStringView(u"=+-@\t\r").contains(field.front());
}

QString CsvWriter::fieldText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return value.toVariant().toString();
    case QJsonValue::Array: {
        QStringList elements;
        for (const QJsonValue& element : value.toArray())
            elements.append(fieldText(element));
        return elements.join(u' ');
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace AppKeys
