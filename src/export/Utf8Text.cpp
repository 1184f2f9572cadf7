#include "Utf8Text.h"

#include <algorithm>

namespace AppKeys::Utf8Text {

void append(QByteArray& bytes, QStringView text)
{
    const auto nonAscii = std::find_if(text.begin(), text.end(), [](QChar unit) { return unit.unicode() >= 0x80; });
    const qsizetype asciiSize = nonAscii - text.begin();
    appendAscii(bytes, text.first(asciiSize));
    if (asciiSize < text.size())
        bytes += text.sliced(asciiSize).toUtf8();
}

void appendAscii(QByteArray& bytes, QStringView ascii)
{
    Q_ASSERT(std::all_of(ascii.begin(), ascii.end(), [](QChar unit) { return unit.unicode() < 0x80; }));
    const qsizetype start = bytes.size();
    bytes.resize(start + ascii.size());
    std::transform(ascii.begin(), ascii.end(), bytes.data() + start, [](QChar unit) { return char(unit.unicode()); });
}

} // namespace AppKeys::Utf8Text
