#pragma once

#include "CsvRecordText.h"
#include "ExportDocument.h"
#include "JsonObjectText.h"
#include "Status.h"

#include <QJsonObject>
#include <QStringList>
#include <QTextStream>
#include <functional>

namespace AppKeys {

/// Records written to a stream as they come, exactly as ExportDocument writes them all at once: a CSV header row and
/// one row per record, or an indented JSON array byte for byte as QJsonDocument writes it whole. `appkeys list --json`
/// and `appkeys export` write a registry of any size through it without holding the registry or the text in memory.
class ExportWriter
{
public:
    /// `csvColumns` are the CSV header and the fields taken from each record, in order; JSON writes records whole.
    ExportWriter(QTextStream& out, ExportDocument::Format format, QStringList csvColumns = {});

    /// A whole document, `fill` adding its records: to a file as PrivateFile writes it (0600, only a plain file
    /// replaced, nothing changed on any failure, `fill`'s included), or to a stream.
    static Status writeFile(const QString& filePath, ExportDocument::Format format, const QStringList& csvColumns,
                            const std::function<Status(ExportWriter&)>& fill);
    static Status write(QTextStream& out, ExportDocument::Format format, const QStringList& csvColumns,
                        const std::function<Status(ExportWriter&)>& fill);

    void add(const QJsonObject& record);
    /// Records joined by appendJoined, on any thread (a page of them, ConcurrentPageReader::forEachRenderedPage). The
    /// same bytes as add() of each record; nothing when `records` is empty.
    void addJoined(QByteArrayView records);
    /// `record`, made at ElementDepth, after the JSON records joined so far, as the document joins its elements.
    static void appendJoined(QByteArray& records, const JsonObjectText& record);
    /// `record`'s row after the CSV rows joined so far. Const: several threads may join records at once.
    void appendJoined(QByteArray& records, const CsvRecordText& record) const;
    ExportDocument::Format format() const { return m_format; }
    /// The depth of a record in the document's array.
    static constexpr int ElementDepth = 1;
    /// Between two records of the JSON array: QJsonDocument ends an element's line with a comma and indents the next.
    static constexpr QByteArrayView JsonElementSeparator = ",\n    ";
    /// Ends the document (the JSON array's closing bracket, or the header of a CSV without records). Nothing may be
    /// added after.
    void finish();

private:
    void addJson(const QJsonObject& record);
    void startJsonElement();
    void addCsvRow(const QStringList& fields);
    QStringList csvFields(const CsvRecordText& record) const;
    void startCsvRecord();
    void writeBytes();

    /// The document is gathered as UTF-8 and written to the device in pieces of about this size.
    static constexpr qsizetype BytesWrittenAtOnce = 64 * 1024;
    QTextStream& m_out;
    ExportDocument::Format m_format;
    QStringList m_csvColumns;
    bool m_started = false;
    QByteArray m_bytes; ///< records added and not yet written
};

} // namespace AppKeys
