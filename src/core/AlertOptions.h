#pragma once

#include <QList>
#include <QString>

namespace AppKeys {

/// What the expiry alerts run with (PRODUCT.md section 5), as AppSettings::alertOptions() reads them. The webhook's
/// signing secret is not here: it lives only in the keychain (WebhookSigningSecret).
struct AlertOptions
{
    bool enabled = true;
    /// Days before expiry, each 1..365, unique, largest first.
    QList<int> thresholdDays{30, 7, 1};
    /// Empty: no webhook. Otherwise checked with SettingsRules::checkWebhookUrl before anything is sent.
    QString webhookUrl;
};

} // namespace AppKeys
