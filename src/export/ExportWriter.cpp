#include "ExportWriter.h"

#include "CsvWriter.h"
#include "PrivateFile.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace AppKeys {

ExportWriter::ExportWriter(QTextStream& out, ExportDocument::Format format, QStringList csvColumns)
    : m_out(out), m_format(format), m_csvColumns(std::move(csvColumns))
{
}

Status ExportWriter::writeFile(const QString& filePath, ExportDocument::Format format, const QStringList& csvColumns,
                               const std::function<Status(ExportWriter&)>& fill)
{
    return PrivateFile::write(filePath, [&](QIODevice& file) {
        QTextStream out(&file);
        const Status written = write(out, format, csvColumns, fill);
        out.flush();
        return written;
    });
}

Status ExportWriter::write(QTextStream& out, ExportDocument::Format format, const QStringList& csvColumns,
                           const std::function<Status(ExportWriter&)>& fill)
{
    ExportWriter writer(out, format, csvColumns);
    const Status filled = fill(writer);
    if (filled)
        writer.finish();
    writer.writeBytes(); // what was added before a failure is written, as it would have been without the buffer
    return filled;
}

void ExportWriter::add(const QJsonObject& record)
{
    if (m_format == ExportDocument::Format::Json)
        return addJson(record);
    addCsvRow(CsvWriter::fieldsOf(m_csvColumns, record));
}

QStringList ExportWriter::csvFields(const CsvRecordText& record) const
{
    QStringList fields;
    fields.reserve(m_csvColumns.size());
    for (const QString& column : m_csvColumns)
        fields.append(record.field(column));
    return fields;
}

void ExportWriter::addJoined(QByteArrayView records)
{
    if (records.isEmpty())
        return;
    if (m_format == ExportDocument::Format::Json)
        startJsonElement();
    else
        startCsvRecord();
    // In pieces, as records added one by one are: the device copies what it is given at once (TerminalOutput twice),
    // and a page's text is megabytes.
    for (qsizetype at = 0; at < records.size(); at += BytesWrittenAtOnce) {
        m_bytes += records.sliced(at, std::min(BytesWrittenAtOnce, records.size() - at));
        if (m_bytes.size() >= BytesWrittenAtOnce)
            writeBytes();
    }
}

void ExportWriter::appendJoined(QByteArray& records, const JsonObjectText& record)
{
    Q_ASSERT(record.depth() == ElementDepth);
    if (!records.isEmpty())
        records += JsonElementSeparator;
    record.appendTo(records);
}

void ExportWriter::appendJoined(QByteArray& records, const CsvRecordText& record) const
{
    Q_ASSERT(m_format == ExportDocument::Format::Csv);
    CsvWriter::appendRow(records, csvFields(record));
}

void ExportWriter::finish()
{
    if (m_format == ExportDocument::Format::Csv)
        startCsvRecord();
    else
        m_bytes += m_started ? "\n]\n" : "[\n]\n";
    m_started = true;
}

/// QJsonDocument indents an array's elements one level (four spaces) deeper than a document of the element alone,
/// line by line, and ends the last without a comma: "[\n", the elements joined by ",\n", "\n]\n". The element is
/// indented in its UTF-8 bytes and written once, not a QString per line.
void ExportWriter::addJson(const QJsonObject& record)
{
    startJsonElement();
    QByteArray element = QJsonDocument(record).toJson(QJsonDocument::Indented);
    if (element.endsWith('\n'))
        element.chop(1);
    element.replace("\n", "\n    ");
    m_bytes += element;
    if (m_bytes.size() >= BytesWrittenAtOnce)
        writeBytes();
}

void ExportWriter::addCsvRow(const QStringList& fields)
{
    startCsvRecord();
    CsvWriter::appendRow(m_bytes, fields);
    if (m_bytes.size() >= BytesWrittenAtOnce)
        writeBytes();
}

void ExportWriter::startCsvRecord()
{
    if (!m_started)
        CsvWriter::appendRow(m_bytes, m_csvColumns);
    m_started = true;
}

void ExportWriter::startJsonElement()
{
    m_bytes += m_started ? JsonElementSeparator : QByteArrayView("[\n    ");
    m_started = true;
}

/// The UTF-8 goes to the stream's device as it is, after what the stream holds: through the stream it was
/// decoded into UTF-16 and encoded again (with the device's own pass, a third of `list --json`'s instructions).
void ExportWriter::writeBytes()
{
    if (m_bytes.isEmpty())
        return;
    if (QIODevice* device = m_out.device()) {
        m_out.flush();
        device->write(m_bytes);
    } else {
        m_out << QString::fromUtf8(m_bytes);
    }
    m_bytes.clear();
}

} // namespace AppKeys
