#include "AuditEntry.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace AppKeys {

QByteArray AuditEntry::canonicalJson() const
{
    // QJsonObject keeps its keys sorted, so the compact form is the same for the same content on
    // every machine and engine; times are written with milliseconds and a Z so they round-trip exactly.
    const QJsonObject content{
        {u"sequence"_s, sequence},
        {u"timestamp"_s, timestamp.toUTC().toString(Qt::ISODateWithMs)},
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
