#pragma once

#include "AlertChannel.h"

#include <QDateTime>
#include <QString>

namespace AppKeys {

/// One alert that is due: a key has come within `thresholdDays` of its expiry (or has expired), on one channel.
struct ExpiryAlert
{
    QString applicationId;
    QString applicationName;
    QString keyId;
    QString keyHint;
    QDateTime expiresAt; ///< UTC
    int daysLeft = 0;    ///< whole days until expiry, rounded down; 0 once expired
    bool expired = false;
    int thresholdDays = 0;
    AlertChannel channel = AlertChannel::Webhook;
    int attempts = 0;  ///< webhook deliveries tried so far, over all runs
    QString lastError; ///< why the last delivery failed; empty when none has

    /// Translated, for the banner, the tray and the command line:
    /// "The API key …a1b2 of “Booking” expires in 7 days (2025-03-08 10:00 UTC)." or "… expired on …".
    QString text() const;
};

} // namespace AppKeys
