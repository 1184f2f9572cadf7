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
/// line by line, and ends the last without a comma: "[\n", the elements joined by ",\n", "\n]\n".
void ExportWriter::addJson(const QJsonObject& record)
{
    m_out << (m_started ? u",\n"_s : u"[\n"_s);
    m_started = true;
    const QByteArray element = QJsonDocument(record).toJson(QJsonDocument::Indented);
    qsizetype lineStart = 0;
    while (lineStart < element.size()) {
        const qsizetype lineEnd = element.indexOf('\n', lineStart);
        const qsizetype end = lineEnd < 0 ? element.size() : lineEnd;
        if (lineStart > 0)
            m_out << u'\n';
        m_out << u"    "_s << QString::fromUtf8(element.constData() + lineStart, end - lineStart);
        lineStart = end + 1;
    }
}

} // namespace AppKeys
