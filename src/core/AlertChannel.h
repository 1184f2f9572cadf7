#pragma once

#include <QString>
#include <optional>

namespace AppKeys {

/// Where an expiry alert goes. Each key is alerted once per threshold on each channel.
enum class AlertChannel
{
    Webhook, ///< "webhook": an HTTP POST to the URL in Settings (AlertDispatcher delivers it)
    Desktop  ///< "desktop": the main window's notification (the window shows it, then calls markShown)
};

/// The channel column of alert_deliveries.
QString toStorageString(AlertChannel channel);
std::optional<AlertChannel> alertChannelFromStorageString(const QString& text);

} // namespace AppKeys
