#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <utility>

namespace AppKeys {

/// What an endpoint answers; HttpSession writes it, with Content-Length unless the status is 204.
struct ApiResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray contentType;
    QByteArray body;

    /// `status` with a JSON body (compact, UTF-8).
    static ApiResponse json(int status, const QJsonObject& object);
    /// `status` with an empty body.
    static ApiResponse empty(int status);
    void addHeader(const QByteArray& name, const QByteArray& value) { headers.append({name, value}); }
};

} // namespace AppKeys
