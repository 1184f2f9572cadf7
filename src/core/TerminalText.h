#pragma once

#include <QString>
#include <QStringView>

namespace AppKeys {

/// Text for a terminal, shown as it is stored. A character that a terminal acts on instead of showing (C0 and C1
/// controls, DEL), or that hides or reorders what follows (bidi controls such as U+202E, zero-width and other format
/// characters, line and paragraph separators), and a lone surrogate, are written as the JSON escape of each of their
/// UTF-16 code units: ESC as \u001b, RIGHT-TO-LEFT OVERRIDE as \u202e. Being JSON's own escapes, they leave JSON
/// output valid JSON with the same values. A backslash stays a backslash: doubling it would garble every path.
class TerminalText
{
public:
    enum class LineBreaks
    {
        Keep,  ///< a line feed, or CR LF (a CSV export's line end), ends the line: for whole texts AppKeys composed
        Escape ///< a line feed is shown as \u000a: for one value in a line, such as a table cell
    };

    static QString escaped(QStringView text, LineBreaks lineBreaks);
    /// Whether the character is shown as an escape (a line feed is, unless kept).
    static bool isEscaped(char32_t character);
};

} // namespace AppKeys
