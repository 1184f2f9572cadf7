#pragma once

#include "ExpiryAlert.h"

#include <QByteArray>

namespace AppKeys {

/// What the webhook receives (PRODUCT.md section 5). The body is compact JSON, UTF-8:
///
///     {"application_id": "…", "application_name": "Booking", "days_left": 6,
///      "event": "appkeys.key_expiring",            // "appkeys.key_expired" once the key has expired
///      "expires_at": "2025-03-08T10:00:00.000Z",   // ISO 8601, UTC
///      "key_hint": "apikey_…a1b2", "registry_id": "…", "sent_at": "2025-03-01T10:00:00.000Z",
///      "threshold_days": 7}
///
/// sent with Content-Type: application/json and the header
/// `X-AppKeys-Signature: sha256=<lowercase hex HMAC-SHA256 of the exact body bytes, keyed with the signing secret>`,
/// which the receiver recomputes to know the request came from AppKeys and was not altered.
class WebhookPayload
{
public:
    static constexpr auto SignatureHeader = "X-AppKeys-Signature";

    static QByteArray body(const ExpiryAlert& alert, const QString& registryId, const QDateTime& sentAt);
    /// "sha256=<hex>"
    static QByteArray signature(const QByteArray& body, const QByteArray& signingSecret);
};

} // namespace AppKeys
