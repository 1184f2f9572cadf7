#pragma once

#include <QByteArray>
#include <QStringView>

namespace AppKeys::Utf8Text {

/// Appends `text` as UTF-8, as QStringView::toUtf8() writes it, without a byte array of its own: ASCII, most of what
/// `list --json` and `export` write, unit by unit into the bytes' end, up to the first unit that is not.
void append(QByteArray& bytes, QStringView text);
/// append() of text known to be ASCII.
void appendAscii(QByteArray& bytes, QStringView ascii);

} // namespace AppKeys::Utf8Text
