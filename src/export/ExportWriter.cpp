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
    if (!m_started)
        CsvWriter(m_out).writeRow(m_csvColumns);
    m_started = true;
    CsvWriter(m_out).writeRecord(m_csvColumns, record);
}

void ExportWriter::finish()
{
    if (m_format == ExportDocument::Format::Csv) {
        if (!m_started)
            CsvWriter(m_out).writeRow(m_csvColumns);
    } else {
        m_out << (m_started ? u"\n]\n"_s : u"[\n]\n"_s);
    }
    m_started = true;
}

/// QJsonDocument indents an array's elements one level (four spaces) deeper than a document of the element alone,
/// line by line, and ends the last without a comma: "[\n", the elements joined by ",\n", "\n]\n". The element is
/// indented in its UTF-8 bytes and written once, not a QString per line.
void ExportWriter::addJson(const QJsonObject& record)
{
    m_out << (m_started ? u",\n"_s : u"[\n"_s);
    m_started = true;
    QByteArray element = QJsonDocument(record).toJson(QJsonDocument::Indented);
    if (element.endsWith('\n'))
        element.chop(1);
    element.replace("\n", "\n    ");
    m_out << u"    "_s << QString::fromUtf8(element);
}

} // namespace AppKeys
