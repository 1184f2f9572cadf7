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
    for (qsizetype index = 0; index < text.size(); ++index) {
        const QChar unit = text.at(index);
        const bool pair = unit.isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate();
        const char32_t character = pair ? QChar::surrogateToUcs4(unit, text.at(index + 1)) : unit.unicode();
        const qsizetype units = pair ? 2 : 1;
        const bool lineEnd = character == u'\n' || (character == u'\r' && text.mid(index + 1).startsWith(u'\n'));
        const bool keep = lineEnd && lineBreaks == LineBreaks::Keep;
        for (qsizetype offset = 0; offset < units; ++offset) {
            if (keep || !isEscaped(character))
                result += text.at(index + offset);
            else
                appendEscape(result, text.at(index + offset).unicode());
        }
        index += units - 1;
    }
    return result;
}

} // namespace AppKeys
