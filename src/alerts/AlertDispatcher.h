#pragma once

// The expiry alerts of PRODUCT.md section 5, in one place for the window and the command line alike.
//
//     auto* alerts = new AlertDispatcher(database, secretStore, clock, parent);
//     alerts->setOptions(AppSettings().alertOptions());   // and again whenever Settings are saved
//
// - Settings dialog: SettingsRules::check…() for the inline messages while typing; AppSettings::set…() (each
//   returns the FieldCheck to show) then AppSettings::save(); the signing secret with
//   WebhookSigningSecret(secretStore, database->registryId()).save(secret, done) or .remove(done).
// - Main-window banner: summary.expiring after each run, or alerts->listExpiringKeys(kept, done) between runs: the
//   soonest keys past a threshold and how many there are (ExpiryAlert::text(); "Rotate" uses the alert's
//   applicationId and keyId).
// - Tray: connect finished(); alerts->run(AlertDispatcher::Mode::WebhookAndDesktop) at start and on a timer; show
//   summary.desktopAlerts (the soonest named, the rest counted), then alerts->markShown(summary.desktopMarks, done);
//   summary.pending (each with lastError) and summary.errors say that the webhook failed.
// - `appkeys alerts`: alerts->dueAlerts(AlertChannel::Webhook), each with its attempts and lastError.
// - `appkeys alerts --send`: refuse an empty webhook URL or one SettingsRules::checkWebhookUrl() rejects, then
//   alerts->run(AlertDispatcher::Mode::WebhookOnly); on finished(), print each summary.pending alert's text() and
//   lastError and each summary.errors entry on stderr, and exit summary.allDelivered() ? 0 : 1.

#include "AlertChannel.h"
#include "AlertDeliveryRepository.h"
#include "AlertOptions.h"
#include "AlertRunSummary.h"
#include "CrossedPage.h"
#include "DeliveryMark.h"
#include "ExpiryAlert.h"
#include "ExpiryAlertPlanner.h"
#include "LazyReaderThread.h"
#include "Result.h"
#include "SoonestAlerts.h"
#include "Status.h"

#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace AppKeys {

class Clock;
class Database;
class SecretStore;
class WebhookSender;

/// Finds the expiry alerts that are due (ExpiryAlertPlanner), records them in alert_deliveries, delivers the webhook
/// ones (WebhookSender) and hands the desktop ones to the window. An alert is sent once per key, threshold and
/// channel: what was delivered is recorded, so a second run, another AlertDispatcher or a restart sends no
/// duplicate; each webhook alert is claimed in alert_deliveries before it is sent, so that two runs at once (the
/// window's timer and `appkeys alerts --send`) never both send it. A webhook alert that was not delivered stays
/// pending, with the reason, and is retried by the next run.
class AlertDispatcher : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        WebhookOnly,      ///< headless: `appkeys alerts --send`
        WebhookAndDesktop ///< the window: also plans the notifications it shows
    };

    AlertDispatcher(std::shared_ptr<Database> database, std::shared_ptr<SecretStore> secrets,
                    std::shared_ptr<const Clock> clock, QObject* parent = nullptr);
    ~AlertDispatcher() override;

    void setOptions(AlertOptions options);
    const AlertOptions& options() const { return m_options; }
    /// For its timeout and retry policy.
    WebhookSender& webhookSender() { return *m_sender; }

    /// What a run would send on `channel` now (new alerts and pending ones, with their attempts and lastError),
    /// soonest expiry first. Reads only, so it works on a read-only registry; ignores whether alerts are enabled.
    Result<QList<ExpiryAlert>> dueAlerts(AlertChannel channel) const;
    /// Every key past one of the thresholds, delivered or not, for the banner: the `kept` soonest, and how many there
    /// are. Ignores whether alerts are enabled. Lists a page of apps in each turn of the event loop, as a run does (at
    /// 100,000 apps a listing at once held the window for 2.3 s after every change): `done` runs once, from the event
    /// loop, with the listing or the first error. A listing asked for while one is under way replaces it, whose `done`
    /// then never runs: it would be out of date.
    void listExpiringKeys(int kept, std::function<void(Result<SoonestAlerts>)> done);
    /// Apps planned at a time, each with its keys (CrossedPage).
    static constexpr int PageSize = CrossedPage::PageSize;

    bool isRunning() const { return m_running; }
    /// Starts a run and returns true; finished() follows once, from the event loop. The run's pages are read and
    /// planned on a thread of their own (ReaderThread) and each recorded in a turn of the event loop, so that the
    /// window answers meanwhile. Does nothing when alerts are turned off (an empty summary). Returns false, and starts
    /// nothing, while a run is in progress.
    bool run(Mode mode);
    /// Records that the window has shown these desktop alerts (a summary's desktopMarks), so that they are not shown
    /// again: a write of MarkedAlerts in each turn of the event loop (at 100,000 apps the first run's 52,000 alerts in
    /// one write held the window for 0.4 s). `done` then runs once, from the event loop, with what could not be
    /// recorded: each alert another run handled meanwhile, or a write's error. run() starts nothing until then.
    void markShown(QList<DeliveryMark> alerts, std::function<void(QList<Error>)> done);
    bool isMarkingShown() const { return m_marking.has_value(); }
    /// Desktop alerts marked shown in one write (one transaction).
    static constexpr int MarkedAlerts = 1000;

signals:
    void finished(const AppKeys::AlertRunSummary& summary);

private:
    /// Where a run is: its planner (the options and time it started with), the last app it planned, and the channels
    /// it records.
    struct RunPass
    {
        ExpiryAlertPlanner planner;
        QString lastApplicationId;
        QList<AlertChannel> channels;
        qsizetype withdrawingChannel = 0; ///< after the last page, the channel whose stale rows are withdrawn
        QString withdrawnUpTo;            ///< the last key of its last batch
    };
    /// Keys whose pending rows are withdrawn in one turn of the event loop, after the last page (one write).
    static constexpr int WithdrawnKeys = 1000;

    /// Reads and plans every page of the apps an alert of `planner` can concern, and hands each to `visit`; stops at
    /// the first error, its own or visit's.
    Status forEachCrossedPage(const ExpiryAlertPlanner& planner,
                              const std::function<Status(const CrossedPage&)>& visit) const;
    /// The apps an alert of `planner` can concern: those with a key that expires by its horizon().
    static AppSelection alertableApps(const ExpiryAlertPlanner& planner);
    /// CrossedPage::after() on the reader's thread, `done` then running from the event loop; on this thread, in the
    /// next turn of the event loop, when the registry cannot be opened a second time.
    void readPage(const QString& afterApplicationId, const ExpiryAlertPlanner& planner,
                  std::function<void(Result<CrossedPage>)> done);
    /// Of a page's crossed alerts, those due on `channel`, set to it, with the attempts and last error of those that
    /// were already pending.
    Result<QList<ExpiryAlert>> duePage(const CrossedPage& page, AlertChannel channel,
                                       const ExpiryAlertPlanner& planner) const;

    /// Where a listing is: as a run's pass, with the list so far.
    struct ListingPass
    {
        ExpiryAlertPlanner planner;
        QString lastApplicationId;
        SoonestAlerts expiring;
        std::function<void(Result<SoonestAlerts>)> done;
    };
    /// Where markShown() is: the alerts, the first not written yet, and what could not be recorded so far.
    struct MarkingPass
    {
        QList<DeliveryMark> alerts;
        qsizetype next = 0;
        QList<Error> problems;
        std::function<void(QList<Error>)> done;
    };
    void markNextBatch();

    /// Lists the next page of the listing `generation`, or hands over the listing after the last.
    void listNextPage(int generation);
    void listPage(int generation, Result<CrossedPage> page);
    void endListing(Result<SoonestAlerts> listed);

    /// Sets up the run's pass; false when there is nothing to plan (alerts off, a read-only registry, no channel), the
    /// reason then in the summary.
    bool startPass(Mode mode);
    /// Asks for the next page of the run's apps; recordReadPage() records it, then asks for the one after.
    void recordNextPage();
    void recordReadPage(const Result<CrossedPage>& page);
    /// Records a page's due alerts on each channel of the run, and adds them to the summary or the webhook queue.
    Status recordPage(const CrossedPage& page);
    /// After the last page: withdraws what is no longer due on each channel, a batch of keys in each turn of the event
    /// loop (withdrawNextBatch), then sends the webhooks or finishes.
    void endPass();
    void withdrawNextBatch();
    /// The webhook URL when it is set and valid; an error in the summary when it is set but invalid.
    QUrl usableWebhookUrl();
    /// Sends m_webhookQueue, one alert after another.
    void deliverWebhooks();
    void deliverNext(const QByteArray& signingSecret);
    /// Records why a delivery this run claimed failed, and ends the claim: the next run retries it.
    void keepPending(ExpiryAlert alert, const QString& reason);
    /// Reports an alert this run did not try, in the summary only: another run may be sending it right now.
    void reportNotSent(ExpiryAlert alert, const QString& reason);
    void finishLater();
    void finish();

    std::shared_ptr<Database> m_database;
    std::shared_ptr<SecretStore> m_secrets;
    std::shared_ptr<const Clock> m_clock;
    AlertDeliveryRepository m_deliveries;
    LazyReaderThread m_reader; ///< reads the pages of a run and of a listing
    WebhookSender* m_sender;
    AlertOptions m_options;

    bool m_running = false;
    std::optional<RunPass> m_pass;        ///< while a run plans its pages
    std::optional<ListingPass> m_listing; ///< while the banner's keys are listed
    std::optional<MarkingPass> m_marking; ///< while desktop alerts are marked shown
    int m_listingGeneration = 0;          ///< counts listings: a page asked for by a replaced one is dropped
    AlertRunSummary m_summary;
    QUrl m_webhookUrl;
    QList<ExpiryAlert> m_webhookQueue;
};

} // namespace AppKeys
