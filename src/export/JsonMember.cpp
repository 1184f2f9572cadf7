#include "JsonMember.h"

#include "IsoTime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace AppKeys::JsonMember {

void put(QJsonObject& object, const char* key, const QString& text)
{
    object.insert(QLatin1StringView(key), text);
}

void put(JsonObjectText& object, const char* key, const QString& text)
{
    object.insert(QLatin1StringView(key), QStringView(text));
}

void put(QJsonObject& object, const char* key, const QStringList& texts)
{
    object.insert(QLatin1StringView(key), QJsonArray::fromStringList(texts));
}

void put(JsonObjectText& object, const char* key, const QStringList& texts)
{
    object.insert(QLatin1StringView(key), texts);
}

void put(QJsonObject& object, const char* key, bool value)
{
    object.insert(QLatin1StringView(key), value);
}

void put(JsonObjectText& object, const char* key, bool value)
{
    object.insert(QLatin1StringView(key), value);
}

void put(QJsonObject& object, const char* key, qint64 value)
{
    object.insert(QLatin1StringView(key), value);
}

void put(JsonObjectText& object, const char* key, qint64 value)
{
    object.insert(QLatin1StringView(key), value);
}

void putNull(QJsonObject& object, const char* key)
{
    object.insert(QLatin1StringView(key), QJsonValue(QJsonValue::Null));
}

void putNull(JsonObjectText& object, const char* key)
{
    object.insertNull(QLatin1StringView(key));
}

void putTime(QJsonObject& object, const char* key, const QDateTime& time)
{
    time.isValid() ? put(object, key, IsoTime::text(time)) : putNull(object, key);
}

void putTime(JsonObjectText& object, const char* key, const QDateTime& time)
{
    time.isValid() ? put(object, key, IsoTime::text(time)) : putNull(object, key);
}

void put(CsvRecordText& record, const char* key, const QString& text)
{
    record.insert(QLatin1StringView(key), text);
}

void put(CsvRecordText& record, const char* key, const QStringList& texts)
{
    record.insert(QLatin1StringView(key), texts.join(u' '));
}

void put(CsvRecordText& record, const char* key, bool value)
{
    record.insert(QLatin1StringView(key), value ? u"true"_s : u"false"_s);
}

void put(CsvRecordText& record, const char* key, qint64 value)
{
    record.insert(QLatin1StringView(key), QString::number(value));
}

void putNull(CsvRecordText& record, const char* key)
{
    record.insert(QLatin1StringView(key), {});
}

void putTime(CsvRecordText& record, const char* key, const QDateTime& time)
{
    record.insert(QLatin1StringView(key), IsoTime::text(time));
}

void put(QJsonObject& object, const char* key, const QJsonObject& member)
{
    object.insert(QLatin1StringView(key), member);
}

void put(JsonObjectText& object, const char* key, const JsonObjectText& member)
{
    object.insert(QLatin1StringView(key), member);
}

void put(QJsonObject& object, const char* key, const QList<QJsonObject>& elements)
{
    QJsonArray array;
    for (const QJsonObject& element : elements)
        array.append(element);
    object.insert(QLatin1StringView(key), array);
}

void put(JsonObjectText& object, const char* key, const QList<JsonObjectText>& elements)
{
    object.insert(QLatin1StringView(key), elements);
}

QJsonObject elementOf(const QJsonObject&)
{
    return {};
}

JsonObjectText elementOf(const JsonObjectText& parent)
{
    return JsonObjectText(parent.depth() + 2);
}

} // namespace AppKeys::JsonMember
