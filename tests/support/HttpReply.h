#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace AppKeys {

/// An HTTP response as a test reads it: status, headers (names in lowercase), body.
struct HttpReply
{
    int status = 0; ///< 0 when no response came
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;
    QString failure; ///< why status is 0

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    /// Parses "HTTP/1.1 204 No Content\r\nName: value\r\n\r\n" (the head only); false when it is not one.
    bool parseHead(const QByteArray& head);
};

} // namespace AppKeys
