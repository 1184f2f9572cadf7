#pragma once

#include "AlertChannel.h"

#include <QDateTime>
#include <QString>

namespace AppKeys {

/// A row of alert_deliveries: one key, threshold and channel, sent or still to send.
struct AlertDelivery
{
    enum class State
    {
        Pending,  ///< "pending": due, not delivered yet (lastError says why, once a delivery failed)
        Delivered ///< "delivered": done for good; never sent again
    };

    QString keyId;
    int thresholdDays = 0;
    AlertChannel channel = AlertChannel::Webhook;
    State state = State::Pending;
    int attempts = 0;
    QString lastError;
    QDateTime dueAt;       ///< UTC: when the alert was first found due
    QDateTime deliveredAt; ///< UTC; null while pending
};

} // namespace AppKeys
