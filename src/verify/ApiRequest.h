#pragma once

#include <QByteArray>

namespace AppKeys {

/// What the endpoints read of an HTTP request, taken from it by HttpSession: only the headers that can carry a key or
/// a required permission, so that nothing else of a request is kept.
struct ApiRequest
{
    QByteArray method; ///< "GET"
    QByteArray target; ///< path and query, "/v1/auth?require=appointments.read"
    QByteArray authorization;
    QByteArray apiKey;  ///< X-API-Key
    QByteArray require; ///< X-AppKeys-Require
    QByteArray contentType;
    QByteArray body;

    /// The target without its query.
    QByteArray path() const;
    /// The value of one query parameter of the target, percent-decoded; empty when absent.
    QString queryValue(const QString& name) const;
};

} // namespace AppKeys
