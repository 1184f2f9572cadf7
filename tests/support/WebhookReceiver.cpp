#include "WebhookReceiver.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMessageAuthenticationCode>
#include <QTcpServer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {
QByteArray header(const QHttpServerRequest& request, const QByteArray& name)
{
    for (const auto& [key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}
} // namespace

QByteArray WebhookReceiver::Request::field(const QByteArray& name) const
{
    for (const QByteArray& part : signature.split(',')) {
        if (part.startsWith(name + '='))
            return part.mid(name.size() + 1);
    }
    return {};
}

QString WebhookReceiver::Request::signatureProblem(const QString& signingSecret) const
{
    constexpr qint64 ToleranceSeconds = 300;
    const QByteArray timestamp = field("t");
    const QByteArray deliveryId = field("id");
    const QByteArray expected = QMessageAuthenticationCode::hash(timestamp + '.' + deliveryId + '.' + body,
                                                                 signingSecret.toUtf8(), QCryptographicHash::Sha256)
                                    .toHex();
    if (signature != "t=" + timestamp + ",id=" + deliveryId + ",v1=" + expected)
        return u"not signed as t=…,id=…,v1=<HMAC of t.id.body>: %1"_s.arg(QString::fromLatin1(signature));
    if (qAbs(QDateTime::currentSecsSinceEpoch() - timestamp.toLongLong()) > ToleranceSeconds)
        return u"t=%1 is not now"_s.arg(QString::fromLatin1(timestamp));
    if (QUuid::fromString(QLatin1String(deliveryId)).isNull())
        return u"id=%1 is not a UUID"_s.arg(QString::fromLatin1(deliveryId));
    return {};
}

WebhookReceiver::WebhookReceiver()
{
    m_server.route(u"/hooks/appkeys"_s, [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        m_requests.append({header(request, "Content-Type"), header(request, "X-AppKeys-Signature"), request.body()});
        switch (m_behaviour) {
        case Behaviour::Accept:
            m_acceptedBodies.append(request.body());
            responder.write(QHttpServerResponder::StatusCode::NoContent);
            return;
        case Behaviour::ServerError:
            responder.write(QHttpServerResponder::StatusCode::InternalServerError);
            return;
        case Behaviour::NeverAnswer:
            m_unanswered.push_back(std::move(responder));
            return;
        }
    });
}

bool WebhookReceiver::listen(quint16 port)
{
    m_port = m_server.listen(QHostAddress::LocalHost, port);
    return m_port != 0;
}

QString WebhookReceiver::url() const
{
    return url(m_port);
}

QString WebhookReceiver::url(quint16 port)
{
    return u"http://127.0.0.1:%1/hooks/appkeys"_s.arg(port);
}

quint16 WebhookReceiver::unusedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace AppKeys
