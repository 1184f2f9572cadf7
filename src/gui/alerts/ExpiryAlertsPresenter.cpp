#include "ExpiryAlertsPresenter.h"

#include "AlertDispatcher.h"
#include "AppSettings.h"
#include "Database.h"
#include "ExpiryBanner.h"
#include "TrayNotifier.h"

#include <utility>

namespace AppKeys {

// A run keeps as many of the soonest keys as the banner lists.
static_assert(ExpiryBanner::MaxListedKeys <= AlertRunSummary::NamedAlerts);

ExpiryAlertsPresenter::ExpiryAlertsPresenter(std::shared_ptr<Database> database, std::shared_ptr<SecretStore> secrets,
                                             std::shared_ptr<const Clock> clock,
                                             std::shared_ptr<const AppSettings> settings, ExpiryBanner* banner,
                                             QObject* parent)
    : QObject(parent), m_dispatcher(new AlertDispatcher(database, std::move(secrets), std::move(clock), this)),
      m_database(std::move(database)), m_settings(std::move(settings)), m_banner(banner), m_tray(new TrayNotifier(this))
{
    m_dispatcher->setOptions(m_settings->alertOptions());
    m_timer.setInterval(RunIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        emit periodicRunDue();
        runNow();
    });
    connect(m_dispatcher, &AlertDispatcher::finished, this, &ExpiryAlertsPresenter::showRunSummary);
    connect(m_tray, &TrayNotifier::activated, this, &ExpiryAlertsPresenter::bringWindowToFront);
    if (m_banner)
        connect(m_banner, &ExpiryBanner::retryRequested, this, &ExpiryAlertsPresenter::runNow);
}

ExpiryAlertsPresenter::~ExpiryAlertsPresenter() = default;

void ExpiryAlertsPresenter::start()
{
    runNow();
    m_timer.start();
}

void ExpiryAlertsPresenter::runNow()
{
    // Sending records the delivery, which a read-only registry or a support role cannot: they only list the keys.
    if (!m_database->acceptsChanges())
        return refreshBanner();
    // The run lists the expiring keys as it plans, a page of apps at a time: the banner follows when it ends.
    if (!m_dispatcher->run(AlertDispatcher::Mode::WebhookAndDesktop)) {
        m_runAgain = true;
        return;
    }
    if (m_banner)
        m_banner->setRetrying(true);
}

void ExpiryAlertsPresenter::reloadOptions()
{
    m_dispatcher->setOptions(m_settings->alertOptions());
    runNow();
}

void ExpiryAlertsPresenter::refreshBanner()
{
    // Turned-off alerts silence the banner too; the Status column still tells.
    if (!m_dispatcher->options().enabled)
        return showListing(SoonestAlerts());
    m_dispatcher->listExpiringKeys(ExpiryBanner::MaxListedKeys,
                                   [this](const Result<SoonestAlerts>& expiring) { showListing(expiring); });
}

void ExpiryAlertsPresenter::showListing(const Result<SoonestAlerts>& expiring)
{
    m_listingProblem.clear();
    if (!expiring)
        m_listingProblem = tr("The expiring keys could not be read: %1").arg(expiring.error().text());
    showExpiringKeys(expiring ? expiring.value() : SoonestAlerts());
    showProblems();
    emit bannerRefreshed();
}

void ExpiryAlertsPresenter::showExpiringKeys(const SoonestAlerts& keys)
{
    m_tray->setExpiringKeyCount(int(keys.count()));
    if (m_banner)
        m_banner->showExpiringKeys(keys);
}

void ExpiryAlertsPresenter::showRunSummary(const AlertRunSummary& summary)
{
    // The run listed the expiring keys as it planned; what it could not read is among its problems.
    m_listingProblem.clear();
    showExpiringKeys(summary.expiring);
    m_runProblems = problemsOf(summary);
    showProblems();
    if (m_banner)
        m_banner->setRetrying(false);
    if (!notifyDesktop(summary))
        return endRun(summary);
    m_dispatcher->markShown(summary.desktopMarks, [this, summary](const QList<Error>& problems) {
        for (const Error& problem : problems)
            m_runProblems.append(problem.text());
        showProblems();
        endRun(summary);
    });
}

void ExpiryAlertsPresenter::endRun(const AlertRunSummary& summary)
{
    emit runFinished(summary);
    // A run asked for meanwhile waited for this one, and for its alerts to be marked shown (AlertDispatcher::run).
    if (std::exchange(m_runAgain, false))
        runNow();
}

QStringList ExpiryAlertsPresenter::problemsOf(const AlertRunSummary& summary) const
{
    QStringList lines;
    // The first pending alert failed for the reason that held back the others too.
    if (!summary.pending.isEmpty())
        lines.append(
            tr("Webhook alerts pending: %1 — %2").arg(summary.pending.size()).arg(summary.pending.first().lastError));
    for (const Error& error : summary.errors)
        lines.append(error.text());
    return lines;
}

bool ExpiryAlertsPresenter::notifyDesktop(const AlertRunSummary& summary)
{
    if (summary.desktopAlerts.isEmpty())
        return false;
    return m_tray->notify(summary.desktopAlerts) || (m_banner && m_banner->isVisible());
}

void ExpiryAlertsPresenter::showProblems()
{
    if (!m_banner)
        return;
    QStringList lines = m_runProblems;
    if (!m_listingProblem.isEmpty())
        lines.append(m_listingProblem);
    m_banner->showProblems(lines);
}

void ExpiryAlertsPresenter::bringWindowToFront()
{
    if (!m_banner)
        return;
    QWidget* window = m_banner->window();
    // Restored from the taskbar, but a maximised window stays maximised.
    window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace AppKeys
