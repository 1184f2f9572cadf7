#include "HttpExchange.h"

#include <QDeadlineTimer>

using namespace Qt::StringLiterals;

namespace AppKeys {

HttpExchange::HttpExchange(quint16 port) : m_port(port) {}

QByteArray HttpExchange::request(const QByteArray& method, const QByteArray& path, const Headers& headers,
                                 const QByteArray& body)
{
    QByteArray bytes = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto& [name, value] : headers)
        bytes += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST")
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return bytes + "\r\n" + body;
}

HttpReply HttpExchange::send(const QByteArray& bytes, int timeoutMs)
{
    if (m_socket.state() != QAbstractSocket::ConnectedState) {
        m_socket.connectToHost(u"127.0.0.1"_s, m_port);
        if (!m_socket.waitForConnected(timeoutMs)) {
            HttpReply reply;
            reply.failure = m_socket.errorString();
            return reply;
        }
    }
    m_socket.write(bytes);
    m_socket.waitForBytesWritten(timeoutMs);
    return receive(timeoutMs);
}

HttpReply HttpExchange::receive(int timeoutMs)
{
    HttpReply reply;
    const QDeadlineTimer deadline(timeoutMs);
    qsizetype headEnd = -1;
    while ((headEnd = m_pending.indexOf("\r\n\r\n")) < 0) {
        if (deadline.hasExpired() || !m_socket.waitForReadyRead(int(deadline.remainingTime()))) {
            reply.failure = u"no complete response head: %1"_s.arg(QString::fromLatin1(m_pending));
            return reply;
        }
        m_pending += m_socket.readAll();
    }
    if (!reply.parseHead(m_pending.left(headEnd))) {
        reply.failure = u"not an HTTP response: %1"_s.arg(QString::fromLatin1(m_pending));
        return reply;
    }
    const qsizetype length = reply.header("Content-Length").toLongLong();
    m_pending.remove(0, headEnd + 4);
    while (m_pending.size() < length) {
        if (deadline.hasExpired() || !m_socket.waitForReadyRead(int(deadline.remainingTime()))) {
            reply.failure = u"body cut short"_s;
            return reply;
        }
        m_pending += m_socket.readAll();
    }
    reply.body = m_pending.left(length);
    m_pending.remove(0, length);
    return reply;
}

bool HttpExchange::waitForClose(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (m_socket.waitForReadyRead(int(deadline.remainingTime())))
            m_pending += m_socket.readAll();
    }
    return m_socket.state() != QAbstractSocket::ConnectedState;
}

HttpReply HttpExchange::get(quint16 port, const QByteArray& path, const Headers& headers)
{
    HttpExchange exchange(port);
    return exchange.send(request("GET", path, headers));
}

HttpReply HttpExchange::post(quint16 port, const QByteArray& path, const QByteArray& contentType,
                             const QByteArray& body)
{
    HttpExchange exchange(port);
    return exchange.send(request("POST", path, {{"Content-Type", contentType}}, body));
}

} // namespace AppKeys
