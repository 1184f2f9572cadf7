#pragma once

#include <QByteArray>
#include <QStringView>

namespace AppKeys::JsonString {

/// Appends `text` between quotes, escaped byte for byte as QJsonDocument::toJson escapes a string: `"`, `\` and
/// control characters, and a surrogate that is not one of a pair; anything else as UTF-8. Written without a
/// QJsonDocument, which cost `list --json` half of its time and the keychain sweep two thirds of its own (a finding's
/// line took 71,000 instructions). tst_json_object_text compares it with Qt for every UTF-16 code unit.
void append(QByteArray& json, QStringView text);

} // namespace AppKeys::JsonString
