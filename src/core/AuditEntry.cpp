#include "AuditEntry.h"

#include "IsoTime.h"
#include "StoredAuditEntry.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace AppKeys {

QByteArray AuditEntry::canonicalJson() const
{
    // Times are written with milliseconds and a Z so they round-trip exactly.
    const QString time = IsoTime::text(timestamp);
    // Byte for byte what canonicalJsonByQt writes (tst_audit_chain and fuzz_audit_entry compare the two), without
    // building a QJsonObject for every entry, for text that needs no escape.
    const StoredAuditEntry stored{sequence,
                                  time,
                                  actor,
                                  action,
                                  applicationId,
                                  keyHint,
                                  QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)),
                                  previousHash,
                                  hash};
    if (const std::optional<QByteArray> json = stored.canonicalJson())
        return *json;
    return canonicalJsonByQt(time);
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
