#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace AppKeys {

/// Plain-text columns for a terminal: each column as wide as its widest cell, two spaces apart. Each cell is shown as
/// TerminalText escapes it, line breaks included.
class TextTable
{
public:
    /// Without headers the table has no header row (for label/value lists).
    explicit TextTable(QStringList headers = {});

    void addRow(QStringList cells);
    /// Every line starts with `indent`; no line ends in spaces.
    void write(QTextStream& out, const QString& indent = {}) const;

private:
    QList<qsizetype> columnWidths() const;
    void writeLine(QTextStream& out, const QString& indent, const QStringList& cells,
                   const QList<qsizetype>& widths) const;

    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace AppKeys
