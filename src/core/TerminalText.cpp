#include "TerminalText.h"

#include <QChar>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

void appendEscape(QString& text, char16_t codeUnit)
{
    text += u"\\u"_s + QString::number(codeUnit, 16).rightJustified(4, u'0');
}

} // namespace

bool TerminalText::isEscaped(char32_t character)
{
    if (character < 0x20 || (character >= 0x7f && character <= 0x9f))
        return true;
    if (QChar::isSurrogate(character))
        return true;
    switch (QChar::category(character)) {
    case QChar::Other_Format:        // bidi controls, zero-width space and joiners, BOM, soft hyphen, tag characters
    case QChar::Separator_Line:      // U+2028
    case QChar::Separator_Paragraph: // U+2029
        return true;
    default:
        return false;
    }
}

QString TerminalText::escaped(QStringView text, LineBreaks lineBreaks)
{
    QString result;
    result.reserve(text.size());
    // Text that needs no escape is copied in runs: every line `list --json` writes passes through here.
    qsizetype copiedUpTo = 0;
    for (qsizetype index = 0; index < text.size(); ++index) {
        const QChar unit = text.at(index);
        if (unit.unicode() >= 0x20 && unit.unicode() < 0x7f)
            continue; // printable ASCII, most of any text
        const bool pair = unit.isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate();
        const char32_t character = pair ? QChar::surrogateToUcs4(unit, text.at(index + 1)) : unit.unicode();
        const qsizetype units = pair ? 2 : 1;
        const bool lineEnd = character == u'\n' || (character == u'\r' && text.mid(index + 1).startsWith(u'\n'));
        if ((lineEnd && lineBreaks == LineBreaks::Keep) || !isEscaped(character)) {
            index += units - 1;
            continue;
        }
        result.append(text.mid(copiedUpTo, index - copiedUpTo));
        for (qsizetype offset = 0; offset < units; ++offset)
            appendEscape(result, text.at(index + offset).unicode());
        index += units - 1;
        copiedUpTo = index + 1;
    }
    result.append(text.mid(copiedUpTo));
    return result;
}

} // namespace AppKeys
