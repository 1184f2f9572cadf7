#pragma once

#include <QString>

namespace AppKeys {

/// How one webhook POST ended, after its retries.
struct DeliveryOutcome
{
    bool delivered = false; ///< the receiver answered 2xx, or 409: it already had this delivery
    int attempts = 0;       ///< requests made, retries included
    QString error;          ///< why the last request failed (HTTP status, network error, timeout); empty if delivered
};

} // namespace AppKeys
