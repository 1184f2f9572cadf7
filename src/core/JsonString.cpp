#include "JsonString.h"

#include <QChar>

namespace AppKeys::JsonString {

namespace {

char hexDigit(uint value)
{
    return "0123456789abcdef"[value & 0xf];
}

void appendUnicodeEscape(QByteArray& json, char16_t unit)
{
    const char escape[] = {'\\', 'u', hexDigit(unit >> 12), hexDigit(unit >> 8), hexDigit(unit >> 4), hexDigit(unit)};
    json.append(escape, sizeof escape);
}

void appendAsciiEscape(QByteArray& json, char16_t unit)
{
    switch (unit) {
    case u'"':
        json += "\\\"";
        return;
    case u'\\':
        json += "\\\\";
        return;
    case u'\b':
        json += "\\b";
        return;
    case u'\f':
        json += "\\f";
        return;
    case u'\n':
        json += "\\n";
        return;
    case u'\r':
        json += "\\r";
        return;
    case u'\t':
        json += "\\t";
        return;
    default:
        appendUnicodeEscape(json, unit);
    }
}

/// ASCII written as it is: printable, and neither a quote nor a backslash.
bool isPlainAscii(char16_t unit)
{
    return unit >= 0x20 && unit < 0x80 && unit != u'"' && unit != u'\\';
}

/// Copies the run of plain ASCII that starts at `unit`, in one pass (finding its end first, then copying it, took
/// twice as long: a tenth of `list --json`'s instructions); returns the run's end.
const char16_t* appendPlainAscii(QByteArray& json, const char16_t* unit, const char16_t* end)
{
    const qsizetype start = json.size();
    json.resize(start + (end - unit)); // room for the rest of the text; what the run does not fill is cut
    char* out = json.data() + start;
    while (unit != end && isPlainAscii(*unit))
        *out++ = char(*unit++);
    json.truncate(out - json.constData());
    return unit;
}

const char16_t* unescapedNonAsciiEnd(const char16_t* unit, const char16_t* end)
{
    while (unit != end && *unit >= 0x80 && !QChar::isSurrogate(*unit))
        ++unit;
    return unit;
}

} // namespace

void append(QByteArray& json, QStringView text)
{
    json += '"';
    const char16_t* unit = text.utf16();
    const char16_t* const end = unit + text.size();
    while (unit != end) {
        // Runs that need no escape are copied at once: ASCII unit by unit, the rest through UTF-8's encoder.
        if (isPlainAscii(*unit)) {
            unit = appendPlainAscii(json, unit, end);
        } else if (const char16_t* const otherEnd = unescapedNonAsciiEnd(unit, end); otherEnd != unit) {
            json += QStringView(unit, otherEnd).toUtf8();
            unit = otherEnd;
        } else if (QChar::isHighSurrogate(*unit) && unit + 1 != end && QChar::isLowSurrogate(unit[1])) {
            json += QStringView(unit, 2).toUtf8();
            unit += 2;
        } else if (QChar::isSurrogate(*unit)) {
            appendUnicodeEscape(json, *unit++);
        } else {
            appendAsciiEscape(json, *unit++);
        }
    }
    json += '"';
}

} // namespace AppKeys::JsonString
