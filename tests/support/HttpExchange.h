#pragma once

#include "HttpReply.h"

#include <QList>
#include <QTcpSocket>
#include <utility>

namespace AppKeys {

/// HTTP/1.1 byte for byte over a socket of its own, for tests that send what no client library would: garbage,
/// oversized headers, a request that stops halfway. Blocks the calling thread while it waits.
class HttpExchange
{
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    explicit HttpExchange(quint16 port);

    /// "METHOD PATH HTTP/1.1" with Host, `headers`, and Content-Length when there is a body.
    static QByteArray request(const QByteArray& method, const QByteArray& path, const Headers& headers = {},
                              const QByteArray& body = {});
    /// Sends `bytes` (on this exchange's connection, kept open between calls) and reads one response, waiting at most
    /// `timeoutMs`.
    HttpReply send(const QByteArray& bytes, int timeoutMs = 10000);
    /// Reads one response to what was sent before.
    HttpReply receive(int timeoutMs = 10000);
    /// Whether the server has closed the connection (waiting at most `timeoutMs` for it).
    bool waitForClose(int timeoutMs);
    QTcpSocket& socket() { return m_socket; }

    /// One request on a connection of its own.
    static HttpReply get(quint16 port, const QByteArray& path, const Headers& headers = {});
    static HttpReply post(quint16 port, const QByteArray& path, const QByteArray& contentType, const QByteArray& body);

private:
    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_pending;
};

} // namespace AppKeys
