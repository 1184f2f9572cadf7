#include "TextTable.h"

#include "TerminalText.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {
const QString ColumnGap = u"  "_s;
}

TextTable::TextTable(QStringList headers) : m_headers(std::move(headers)) {}

void TextTable::addRow(QStringList cells)
{
    // Escaped here rather than on the way out (TerminalOutput), so that the columns are as wide as what is shown; a
    // line break inside a cell, which would break the columns, is escaped too.
    for (QString& cell : cells)
        cell = TerminalText::escaped(cell, TerminalText::LineBreaks::Escape);
    m_rows.append(std::move(cells));
}

void TextTable::write(QTextStream& out, const QString& indent) const
{
    const QList<qsizetype> widths = columnWidths();
    if (!m_headers.isEmpty())
        writeLine(out, indent, m_headers, widths);
    for (const QStringList& row : m_rows)
        writeLine(out, indent, row, widths);
}

QList<qsizetype> TextTable::columnWidths() const
{
    QList<qsizetype> widths;
    for (const QStringList& line : QList<QStringList>{m_headers} + m_rows) {
        widths.resize(std::max(widths.size(), line.size()));
        for (qsizetype column = 0; column < line.size(); ++column)
            widths[column] = std::max(widths[column], line.at(column).size());
    }
    return widths;
}

void TextTable::writeLine(QTextStream& out, const QString& indent, const QStringList& cells,
                          const QList<qsizetype>& widths) const
{
    QString line = indent;
    for (qsizetype column = 0; column < cells.size(); ++column) {
        if (column > 0)
            line += ColumnGap;
        line += cells.at(column).leftJustified(widths.at(column));
    }
    while (line.endsWith(u' '))
        line.chop(1);
    out << line << u'\n';
}

} // namespace AppKeys
