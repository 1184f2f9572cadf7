#pragma once

#include "SoonestAlerts.h"

#include <QList>
#include <QObject>

class QSystemTrayIcon;

namespace AppKeys {

/// The system-tray channel of the expiry alerts, where the desktop has a tray: an icon while keys are expiring and
/// a notification for the alerts that are new. Without a tray it does nothing, and says so, so that the banner is
/// the only channel.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    /// A notification names this many alerts; the rest are counted.
    static constexpr int MaxNamedAlerts = 3;

    explicit TrayNotifier(QObject* parent = nullptr);

    /// Asked each time, as a panel may come or go while the program runs.
    static bool isTrayAvailable();

    /// Shows one notification for `alerts`, the soonest named and the rest counted; false, and nothing shown, when
    /// there is no tray or nothing to show.
    bool notify(const SoonestAlerts& alerts);
    /// The icon stays in the tray, with the count in its tooltip, while any key is expiring.
    void setExpiringKeyCount(int count);

signals:
    /// The icon or the notification was clicked: the window should come to the front.
    void activated();

private:
    /// The tray icon, created on first use; null without a tray.
    QSystemTrayIcon* trayIcon();

    QSystemTrayIcon* m_trayIcon = nullptr;
};

} // namespace AppKeys
