#include "WebhookPayload.h"

#include "IsoTime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace AppKeys {

QByteArray WebhookPayload::body(const ExpiryAlert& alert, const QString& registryId, const QDateTime& sentAt,
                                const AuditCheckpoint& auditHead)
{
    const QJsonObject object{
        {u"event"_s, alert.expired ? u"appkeys.key_expired"_s : u"appkeys.key_expiring"_s},
        {u"application_id"_s, alert.applicationId},
        {u"application_name"_s, alert.applicationName},
        {u"key_hint"_s, alert.keyHint},
        {u"expires_at"_s, IsoTime::text(alert.expiresAt)},
        {u"days_left"_s, alert.daysLeft},
        {u"threshold_days"_s, alert.thresholdDays},
        {u"registry_id"_s, registryId},
        {u"sent_at"_s, IsoTime::text(sentAt)},
        {u"audit_checkpoint"_s, auditHead.toLine()},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray WebhookPayload::signature(qint64 unixTime, const QString& deliveryId, const QByteArray& body,
                                     const QByteArray& signingSecret)
{
    const QByteArray timestamp = QByteArray::number(unixTime);
    const QByteArray signedContent = timestamp + '.' + deliveryId.toUtf8() + '.' + body;
    return "t=" + timestamp + ",id=" + deliveryId.toUtf8() +
           ",v1=" + QMessageAuthenticationCode::hash(signedContent, signingSecret, QCryptographicHash::Sha256).toHex();
}

} // namespace AppKeys
