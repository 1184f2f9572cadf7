// What the command line prints (TerminalText): for any text, nothing a terminal acts on is left, text that needs no
// escape is unchanged, and JSON stays the same JSON.
#include "FuzzInput.h"
#include "TerminalText.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace AppKeys;
using namespace Qt::StringLiterals;

namespace {

/// With `lineEndsAllowed`, a line feed and a carriage return just before one (CR LF) may be left.
bool holdsNoEscapedCharacter(const QString& text, bool lineEndsAllowed)
{
    const QList<uint> characters = text.toUcs4();
    for (qsizetype index = 0; index < characters.size(); ++index) {
        const char32_t character = characters.at(index);
        const bool lineEnd = character == u'\n' ||
                             (character == u'\r' && index + 1 < characters.size() && characters.at(index + 1) == u'\n');
        if (TerminalText::isEscaped(character) && !(lineEndsAllowed && lineEnd))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = FuzzInput(data, size).text();
    const QString inLine = TerminalText::escaped(text, TerminalText::LineBreaks::Escape);
    const QString lines = TerminalText::escaped(text, TerminalText::LineBreaks::Keep);
    fuzzCheck(holdsNoEscapedCharacter(inLine, false), "nothing to act on is left in a line");
    fuzzCheck(holdsNoEscapedCharacter(lines, true), "nothing but line ends is left in lines");
    fuzzCheck(TerminalText::escaped(inLine, TerminalText::LineBreaks::Escape) == inLine,
              "escaping twice changes nothing");
    if (holdsNoEscapedCharacter(text, false))
        fuzzCheck(inLine == text, "text without such characters is unchanged");

    const QJsonObject stored{{u"value"_s, text}};
    const QString json = QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Indented));
    QJsonParseError error;
    const QJsonDocument shown =
        QJsonDocument::fromJson(TerminalText::escaped(json, TerminalText::LineBreaks::Keep).toUtf8(), &error);
    fuzzCheck(error.error == QJsonParseError::NoError, "escaped JSON is JSON");
    fuzzCheck(shown.object() == stored, "escaped JSON holds the same value");
    return 0;
}
