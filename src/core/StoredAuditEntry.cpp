#include "StoredAuditEntry.h"

#include <QCryptographicHash>
#include <algorithm>

namespace AppKeys {

namespace {

/// Whether Qt's JSON writer writes `text` as it is, in UTF-8 between quotes: printable ASCII but for `"` and `\`, and
/// letters from U+00A0 up to the surrogates. Text with anything else (which Qt escapes, or whose writing would here
/// be a guess) takes QJsonDocument's own way.
bool isWrittenVerbatim(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar character) {
        const char16_t unit = character.unicode();
        return (unit >= 0x20 && unit < 0x7f && unit != u'"' && unit != u'\\') || (unit >= 0xa0 && unit < 0xd800);
    });
}

void appendMember(QByteArray& json, const char* separatorAndKey, QStringView text)
{
    json += separatorAndKey;
    json += '"';
    json += text.toUtf8();
    json += '"';
}

} // namespace

std::optional<QByteArray> StoredAuditEntry::canonicalJson() const
{
    if (!isWrittenVerbatim(action) || !isWrittenVerbatim(actor) || !isWrittenVerbatim(applicationId) ||
        !isWrittenVerbatim(keyHint) || !isWrittenVerbatim(timestamp))
        return std::nullopt;
    // The members in the sorted order of QJsonObject's keys, as QJsonDocument writes them compactly.
    QByteArray json;
    json.reserve(256 + details.size());
    appendMember(json, "{\"action\":", action);
    appendMember(json, ",\"actor\":", actor);
    appendMember(json, ",\"application_id\":", applicationId);
    json += ",\"details\":";
    json += details.toUtf8();
    appendMember(json, ",\"key_hint\":", keyHint);
    json += ",\"sequence\":";
    json += QByteArray::number(sequence);
    appendMember(json, ",\"timestamp\":", timestamp);
    json += '}';
    return json;
}

std::optional<QString> StoredAuditEntry::computeHash() const
{
    const std::optional<QByteArray> json = canonicalJson();
    if (!json)
        return std::nullopt;
    QCryptographicHash hasher(QCryptographicHash::Sha256);
    hasher.addData(previousHash.toLatin1());
    hasher.addData(*json);
    return QString::fromLatin1(hasher.result().toHex());
}

} // namespace AppKeys
