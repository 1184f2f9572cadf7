// The CSV writer (CsvWriter): a row of any fields, read back by a reader written apart from it, gives the same
// fields, each neutralised where a spreadsheet would take it for a formula.
#include "CsvWriter.h"
#include "FuzzInput.h"

#include <QTextStream>

using namespace AppKeys;
using namespace Qt::StringLiterals;

namespace {

/// One CSV record as RFC 4180 section 2 reads it; nullopt when the text is not exactly one record ending in CRLF.
std::optional<QStringList> readRecord(const QString& text)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype index = 0; index < text.size(); ++index) {
        const QChar character = text.at(index);
        const QChar next = index + 1 < text.size() ? text.at(index + 1) : QChar();
        if (quoted && character == u'"' && next == u'"') {
            field += u'"';
            ++index;
        } else if (character == u'"' && (quoted || field.isEmpty())) {
            quoted = !quoted;
        } else if (!quoted && character == u',') {
            fields.append(std::exchange(field, {}));
        } else if (!quoted && character == u'\r' && next == u'\n') {
            if (index + 2 != text.size())
                return std::nullopt;
            fields.append(field);
            return fields;
        } else {
            field += character;
        }
    }
    return std::nullopt;
}

QString neutralised(const QString& field)
{
    static const QString formulaStarts = u"=+-@\t\r"_s;
    return !field.isEmpty() && formulaStarts.contains(field.front()) ? u'\'' + field : field;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QStringList fields = FuzzInput(data, size).parts();
    QString text;
    QTextStream stream(&text);
    CsvWriter(stream).writeRow(fields);
    stream.flush();

    QStringList expected;
    for (const QString& field : fields)
        expected.append(neutralised(field));
    const std::optional<QStringList> read = readRecord(text);
    fuzzCheck(read.has_value(), "a written row is one record ending in CRLF");
    fuzzCheck(read.has_value() && *read == expected, "a row reads back as its neutralised fields");
    return 0;
}
