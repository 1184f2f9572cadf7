#pragma once

#include <QByteArray>
#include <QHttpServer>
#include <QList>
#include <QString>

#include <list>

namespace AppKeys {

/// A real HTTP server on 127.0.0.1, in the test process, playing the webhook's receiver: it keeps every request it
/// gets and answers as the test tells it.
class WebhookReceiver
{
public:
    enum class Behaviour
    {
        Accept,      ///< 204 No Content
        ServerError, ///< 500 Internal Server Error
        NeverAnswer  ///< reads the request and keeps the connection open without a word
    };

    struct Request
    {
        QByteArray contentType;
        QByteArray signature;
        QByteArray body;

        /// The fields of "t=…,id=…,v1=…" (X-AppKeys-Signature), empty when the header lacks them.
        QByteArray field(const QByteArray& name) const;
        /// Empty when the signature is what docs/webhook-receiver.py accepts with this signing secret: v1 the
        /// HMAC-SHA256 of "t.id.body", t within 300 s of this machine's clock, id a UUID; otherwise what is wrong.
        QString signatureProblem(const QString& signingSecret) const;
    };

    WebhookReceiver();

    /// Listens on 127.0.0.1 at `port` (0: any free port); false if that failed.
    bool listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    /// http://127.0.0.1:<port>/hooks/appkeys
    QString url() const;
    static QString url(quint16 port);
    /// A port that nothing listens on right now, for a refused connection.
    static quint16 unusedPort();

    void setBehaviour(Behaviour behaviour) { m_behaviour = behaviour; }
    const QList<Request>& requests() const { return m_requests; }
    /// The bodies of the requests that were answered 2xx.
    const QList<QByteArray>& acceptedBodies() const { return m_acceptedBodies; }

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    Behaviour m_behaviour = Behaviour::Accept;
    QList<Request> m_requests;
    QList<QByteArray> m_acceptedBodies;
    std::list<QHttpServerResponder> m_unanswered;
};

} // namespace AppKeys
