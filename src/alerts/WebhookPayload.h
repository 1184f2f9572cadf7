#pragma once

#include "AuditCheckpoint.h"
#include "ExpiryAlert.h"

#include <QByteArray>

namespace AppKeys {

/// What the webhook receives (PRODUCT.md section 5). The body is compact JSON, UTF-8, keys sorted:
///
///     {"application_id": "…", "application_name": "Booking",
///      "audit_checkpoint": "appkeys-audit-head/1 registry=… entry=42 hash=… seen=…",   // the trail's head now
///      "days_left": 6, "event": "appkeys.key_expiring",   // "appkeys.key_expired" once the key has expired
///      "expires_at": "2025-03-08T10:00:00.000Z",           // ISO 8601, UTC
///      "key_hint": "apikey_…a1b2", "registry_id": "…", "sent_at": "2025-03-01T10:00:00.000Z",
///      "threshold_days": 7}
///
/// sent with Content-Type: application/json and the header
/// `X-AppKeys-Signature: t=<Unix time of the request>,id=<delivery id>,v1=<lowercase hex HMAC-SHA256 of
/// "<t>.<id>.<exact body bytes>", keyed with the signing secret>`. The receiver recomputes it to know the request came
/// from AppKeys and was not altered, refuses a t too far from its own clock (a replay of an old request), and keeps
/// the ids it has accepted to refuse a repeated one. The delivery id is the same for every attempt to send one alert,
/// so that a retry of a request that did arrive is recognised (docs/webhook-receiver.py answers it 409).
/// `audit_checkpoint` gives the receiver its own copy of the audit trail's head, to check with
/// `appkeys audit verify --against`.
class WebhookPayload
{
public:
    static constexpr auto SignatureHeader = "X-AppKeys-Signature";

    static QByteArray body(const ExpiryAlert& alert, const QString& registryId, const QDateTime& sentAt,
                           const AuditCheckpoint& auditHead);
    /// "t=<unixTime>,id=<deliveryId>,v1=<hex>"
    static QByteArray signature(qint64 unixTime, const QString& deliveryId, const QByteArray& body,
                                const QByteArray& signingSecret);
};

} // namespace AppKeys
