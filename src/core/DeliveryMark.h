#pragma once

#include "AlertChannel.h"
#include "CompactId.h"
#include "ExpiryAlert.h"

namespace AppKeys {

/// Which alert_deliveries row an alert is, and the attempts to record when it is marked delivered: all that marking
/// needs, without the names and dates an ExpiryAlert carries. The window keeps one for each desktop alert a run found
/// until it has shown them, and at 100,000 apps a run finds 52,000.
struct DeliveryMark
{
    CompactId keyId;
    int thresholdDays = 0;
    AlertChannel channel = AlertChannel::Webhook;
    int attempts = 0;

    static DeliveryMark of(const ExpiryAlert& alert)
    {
        return {CompactId::of(alert.keyId), alert.thresholdDays, alert.channel, alert.attempts};
    }
};

} // namespace AppKeys
