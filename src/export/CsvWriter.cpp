#include "CsvWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace AppKeys {

CsvWriter::CsvWriter(QTextStream& out) : m_out(out) {}

void CsvWriter::writeRow(const QStringList& fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString& field : fields)
        escaped.append(escapedField(field));
    m_out << escaped.join(u',') << u"\r\n"_s;
}

void CsvWriter::writeRecords(const QStringList& columns, const QJsonArray& records)
{
    writeRow(columns);
    for (const QJsonValue& record : records)
        writeRecord(columns, record.toObject());
}

void CsvWriter::writeRecord(const QStringList& columns, const QJsonObject& record)
{
    QStringList fields;
    fields.reserve(columns.size());
    for (const QString& column : columns)
        fields.append(fieldText(record.value(column)));
    writeRow(fields);
}

QString CsvWriter::escapedField(const QString& field)
{
    const QString text = neutralisedField(field);
    const bool needsQuotes = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!needsQuotes)
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString CsvWriter::neutralisedField(const QString& field)
{
    static const QString formulaStarts = u"=+-@\t\r"_s;
    if (field.isEmpty() || !formulaStarts.contains(field.front()))
        return field;
    return u'\'' + field;
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
