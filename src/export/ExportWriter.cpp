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
    if (Status filled = fill(writer); !filled)
        return filled;
    writer.finish();
    return {};
}

void ExportWriter::add(const QJsonObject& record)
{
    if (m_format == ExportDocument::Format::Json)
        return addJson(record);
    startCsvRecord();
    CsvWriter(m_out).writeRecord(m_csvColumns, record);
}

void ExportWriter::add(const CsvRecordText& record)
{
    Q_ASSERT(m_format == ExportDocument::Format::Csv);
    QStringList fields;
    fields.reserve(m_csvColumns.size());
    for (const QString& column : m_csvColumns)
        fields.append(record.field(column));
    startCsvRecord();
    CsvWriter(m_out).writeRow(fields);
}

void ExportWriter::add(const JsonObjectText& record)
{
    Q_ASSERT(m_format == ExportDocument::Format::Json && record.depth() == ElementDepth);
    startJsonElement();
    m_out << QString::fromUtf8(record.text());
}

void ExportWriter::finish()
{
    if (m_format == ExportDocument::Format::Csv)
        startCsvRecord();
    else
        m_out << (m_started ? u"\n]\n"_s : u"[\n]\n"_s);
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
    m_out << QString::fromUtf8(element);
}

void ExportWriter::startCsvRecord()
{
    if (!m_started)
        CsvWriter(m_out).writeRow(m_csvColumns);
    m_started = true;
}

void ExportWriter::startJsonElement()
{
    m_out << (m_started ? u",\n    "_s : u"[\n    "_s);
    m_started = true;
}

} // namespace AppKeys
