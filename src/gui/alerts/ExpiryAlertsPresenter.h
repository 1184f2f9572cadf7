#pragma once

#include "AlertRunSummary.h"
#include "Result.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <memory>

namespace AppKeys {

class AlertDispatcher;
class AppSettings;
class Clock;
class Database;
class ExpiryBanner;
class SecretStore;
class TrayNotifier;

/// The window's side of the expiry alerts: owns the AlertDispatcher, runs it at start and every hour, lists the
/// expiring keys and the failed deliveries in the banner, and shows new alerts in the system tray. Where there is
/// no tray the banner is the desktop channel: once it is on screen, the new alerts count as shown.
/// A read-only registry only lists the expiring keys; sending is left to a writable window or the command line.
class ExpiryAlertsPresenter : public QObject
{
    Q_OBJECT
public:
    static constexpr int RunIntervalMs = 60 * 60 * 1000;

    ExpiryAlertsPresenter(std::shared_ptr<Database> database, std::shared_ptr<SecretStore> secrets,
                          std::shared_ptr<const Clock> clock, std::shared_ptr<const AppSettings> settings,
                          ExpiryBanner* banner, QObject* parent = nullptr);
    ~ExpiryAlertsPresenter() override;

    /// For tests, which shorten the webhook's retry delays.
    AlertDispatcher& dispatcher() { return *m_dispatcher; }

    /// A run now, then one every RunIntervalMs.
    void start();
    /// A run now; one already under way is followed by another, so nothing asked for is lost.
    void runNow();
    /// Reads the alert options again (Settings were saved), then lists and runs with them.
    void reloadOptions();
    /// Lists the expiring keys again, for example after a key was added, rotated or revoked: a page of apps in each
    /// turn of the event loop (AlertDispatcher::listExpiringKeys), then bannerRefreshed().
    void refreshBanner();

signals:
    /// A run ended, the banner and tray show its outcome, and its desktop alerts are recorded as shown.
    void runFinished(const AppKeys::AlertRunSummary& summary);
    /// Every RunIntervalMs, before the run: what counts as expiring has moved on, in the Status column too.
    void periodicRunDue();
    /// The banner shows the keys refreshBanner() listed.
    void bannerRefreshed();

private:
    void showRunSummary(const AlertRunSummary& summary);
    void showListing(const Result<SoonestAlerts>& expiring);
    /// In the banner, and as the count in the tray icon's tooltip.
    void showExpiringKeys(const SoonestAlerts& keys);
    /// The alerts' lines for the banner: pending webhooks with the reason, and what else went wrong.
    QStringList problemsOf(const AlertRunSummary& summary) const;
    /// Shows the run's new desktop alerts, in the tray or else the banner: true when they were shown, and are to be
    /// recorded as shown.
    bool notifyDesktop(const AlertRunSummary& summary);
    /// runFinished(), then the run asked for meanwhile, if any.
    void endRun(const AlertRunSummary& summary);
    void showProblems();
    void bringWindowToFront();

    AlertDispatcher* m_dispatcher;
    std::shared_ptr<Database> m_database;
    std::shared_ptr<const AppSettings> m_settings;
    QPointer<ExpiryBanner> m_banner;
    TrayNotifier* m_tray;
    QTimer m_timer;
    bool m_runAgain = false;
    QStringList m_runProblems;
    QString m_listingProblem;
};

} // namespace AppKeys
