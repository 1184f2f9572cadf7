#include "AuditEntry.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

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

QByteArray AuditEntry::canonicalJson() const
{
    // Times are written with milliseconds and a Z so they round-trip exactly.
    const QString time = timestamp.toUTC().toString(Qt::ISODateWithMs);
    const bool verbatim = isWrittenVerbatim(action) && isWrittenVerbatim(actor) && isWrittenVerbatim(applicationId) &&
                          isWrittenVerbatim(keyHint) && isWrittenVerbatim(time);
    if (!verbatim)
        return canonicalJsonByQt(time);
    // Byte for byte what canonicalJsonByQt writes (tst_audit_chain and fuzz_audit_entry compare the two), without
    // building a QJsonObject for every entry: `audit verify` hashes a million of them.
    QByteArray json;
    json.reserve(256);
    appendMember(json, "{\"action\":", action);
    appendMember(json, ",\"actor\":", actor);
    appendMember(json, ",\"application_id\":", applicationId);
    json += ",\"details\":";
    json += QJsonDocument(details).toJson(QJsonDocument::Compact);
    appendMember(json, ",\"key_hint\":", keyHint);
    json += ",\"sequence\":";
    json += QByteArray::number(sequence);
    appendMember(json, ",\"timestamp\":", time);
    json += '}';
    return json;
}

QByteArray AuditEntry::canonicalJsonByQt(const QString& time) const
{
    // QJsonObject keeps its keys sorted, so the compact form is the same for the same content on every machine and
    // engine.
    const QJsonObject content{
        {u"sequence"_s, sequence},
        {u"timestamp"_s, time},
        {u"actor"_s, actor},
        {u"action"_s, action},
        {u"application_id"_s, applicationId},
        {u"key_hint"_s, keyHint},
        {u"details"_s, details},
    };
    return QJsonDocument(content).toJson(QJsonDocument::Compact);
}

QString AuditEntry::computeHash() const
{
    QCryptographicHash hasher(QCryptographicHash::Sha256);
    hasher.addData(previousHash.toLatin1());
    hasher.addData(canonicalJson());
    return QString::fromLatin1(hasher.result().toHex());
}

QString AuditEntry::genesisHash()
{
    return QString(64, u'0');
}

} // namespace AppKeys
