#pragma once

#include "CsvRecordText.h"
#include "JsonObjectText.h"

#include <QDateTime>
#include <QJsonObject>

namespace AppKeys::JsonMember {

/// The members of a record, put once for each of its forms: a QJsonObject (show, the whole export document),
/// JsonObjectText (`list --json` and `export` streamed) and CsvRecordText (`export --format csv` streamed). Each `key`
/// is a string literal: JsonObjectText and CsvRecordText keep it. CSV has no nested records.
void put(QJsonObject& object, const char* key, const QString& text);
void put(JsonObjectText& object, const char* key, const QString& text);
void put(QJsonObject& object, const char* key, const QStringList& texts);
void put(JsonObjectText& object, const char* key, const QStringList& texts);
void put(QJsonObject& object, const char* key, bool value);
void put(JsonObjectText& object, const char* key, bool value);
void put(QJsonObject& object, const char* key, qint64 value);
void put(JsonObjectText& object, const char* key, qint64 value);
void putNull(QJsonObject& object, const char* key);
void putNull(JsonObjectText& object, const char* key);
/// The time in ISO-8601 UTC with milliseconds (IsoTime::text), or null when it is not set.
void putTime(QJsonObject& object, const char* key, const QDateTime& time);
void putTime(JsonObjectText& object, const char* key, const QDateTime& time);
void put(CsvRecordText& record, const char* key, const QString& text);
/// A list's elements joined by spaces; true or false; null as an empty field (CsvWriter::fieldText).
void put(CsvRecordText& record, const char* key, const QStringList& texts);
void put(CsvRecordText& record, const char* key, bool value);
void put(CsvRecordText& record, const char* key, qint64 value);
void putNull(CsvRecordText& record, const char* key);
void putTime(CsvRecordText& record, const char* key, const QDateTime& time);

void put(QJsonObject& object, const char* key, const QJsonObject& member);
void put(JsonObjectText& object, const char* key, const JsonObjectText& member);
void put(QJsonObject& object, const char* key, const QList<QJsonObject>& elements);
void put(JsonObjectText& object, const char* key, const QList<JsonObjectText>& elements);

/// An empty object to be put as an element of a member's array of `parent`.
QJsonObject elementOf(const QJsonObject& parent);
JsonObjectText elementOf(const JsonObjectText& parent);

} // namespace AppKeys::JsonMember
