#include "WebhookPayload.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {
QString isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

QByteArray WebhookPayload::body(const ExpiryAlert& alert, const QString& registryId, const QDateTime& sentAt)
{
    const QJsonObject object{
        {u"event"_s, alert.expired ? u"appkeys.key_expired"_s : u"appkeys.key_expiring"_s},
        {u"application_id"_s, alert.applicationId},
        {u"application_name"_s, alert.applicationName},
        {u"key_hint"_s, alert.keyHint},
        {u"expires_at"_s, isoUtc(alert.expiresAt)},
        {u"days_left"_s, alert.daysLeft},
        {u"threshold_days"_s, alert.thresholdDays},
        {u"registry_id"_s, registryId},
        {u"sent_at"_s, isoUtc(sentAt)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray WebhookPayload::signature(const QByteArray& body, const QByteArray& signingSecret)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body, signingSecret, QCryptographicHash::Sha256).toHex();
}

} // namespace AppKeys
