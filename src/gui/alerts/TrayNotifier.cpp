#include "TrayNotifier.h"

#include <QIcon>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace AppKeys {

TrayNotifier::TrayNotifier(QObject* parent) : QObject(parent) {}

bool TrayNotifier::isTrayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool TrayNotifier::notify(const SoonestAlerts& alerts)
{
    QSystemTrayIcon* icon = trayIcon();
    if (!icon || alerts.isEmpty())
        return false;
    QStringList lines;
    for (const ExpiryAlert& alert : alerts.soonest().mid(0, MaxNamedAlerts))
        lines.append(alert.text());
    if (alerts.count() > lines.size())
        lines.append(tr("…and %1 more.").arg(alerts.count() - lines.size()));
    icon->show();
    const QString title = tr("%n API key(s) are expiring", nullptr, int(alerts.count()));
    icon->showMessage(title, lines.join(u'\n'), QSystemTrayIcon::Warning);
    return true;
}

void TrayNotifier::setExpiringKeyCount(int count)
{
    QSystemTrayIcon* icon = trayIcon();
    if (!icon)
        return;
    icon->setToolTip(tr("AppKeys: %n API key(s) are expiring soon", nullptr, count));
    icon->setVisible(count > 0);
}

QSystemTrayIcon* TrayNotifier::trayIcon()
{
    if (m_trayIcon || !isTrayAvailable())
        return m_trayIcon;
    m_trayIcon = new QSystemTrayIcon(QIcon(u":/appkeys/icons/appkeys.svg"_s), this);
    connect(m_trayIcon, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::activated);
    connect(m_trayIcon, &QSystemTrayIcon::activated, this, &TrayNotifier::activated);
    return m_trayIcon;
}

} // namespace AppKeys
