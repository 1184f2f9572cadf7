#pragma once

#include "AppOverview.h"
#include "CsvRecordText.h"
#include "JsonObjectText.h"

#include <QJsonObject>
#include <QStringList>

namespace AppKeys {

class ExportWriter;

/// Apps and keys as the command line's JSON and CSV give them: stable snake_case keys, storage strings for
/// enums, ISO-8601 UTC times. Hashes stay out: only hints.
class AppJson
{
public:
    /// The keys of app(), in the order CSV columns use.
    static QStringList appFieldNames();
    static QJsonObject app(const AppOverview& overview);
    /// app() as text, written as QJsonDocument writes it at `depth` (JsonObjectText), without building the object.
    static JsonObjectText appText(const AppOverview& overview, int depth);
    /// app() as a CSV record's fields, without building the object.
    static CsvRecordText appCsv(const AppOverview& overview);
    /// app() as `writer`'s next record, after the records joined so far (ExportWriter::addJoined), in its format.
    static void appendJoined(QByteArray& records, const AppOverview& overview, const ExportWriter& writer);
    static QJsonObject key(const KeyRecord& key, const QDateTime& now);
};

} // namespace AppKeys
