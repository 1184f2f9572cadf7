#include "AlertDispatcher.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "ErrorCode.h"
#include "ExpiryAlertPlanner.h"
#include "ReaderThread.h"
#include "SettingsRules.h"
#include "WebhookPayload.h"
#include "WebhookSender.h"
#include "WebhookSigningSecret.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace AppKeys {

namespace {

/// The pending row's attempts and last error, for an alert that was already due in an earlier run.
void addDeliveryHistory(QList<ExpiryAlert>& alerts, const QList<AlertDelivery>& rows)
{
    QHash<std::pair<QString, int>, const AlertDelivery*> rowsByAlert;
    for (const AlertDelivery& row : rows)
        rowsByAlert.insert({row.keyId, row.thresholdDays}, &row);
    for (ExpiryAlert& alert : alerts) {
        if (const AlertDelivery* row = rowsByAlert.value({alert.keyId, alert.thresholdDays})) {
            alert.attempts = row->attempts;
            alert.lastError = row->lastError;
        }
    }
}

} // namespace

AlertDispatcher::AlertDispatcher(std::shared_ptr<Database> database, std::shared_ptr<SecretStore> secrets,
                                 std::shared_ptr<const Clock> clock, QObject* parent)
    : QObject(parent), m_database(database), m_secrets(std::move(secrets)), m_clock(std::move(clock)),
      m_deliveries(std::move(database)), m_reader(m_database, this), m_sender(new WebhookSender(this))
{
}

AlertDispatcher::~AlertDispatcher() = default;

void AlertDispatcher::setOptions(AlertOptions options)
{
    m_options = std::move(options);
}

Result<QList<ExpiryAlert>> AlertDispatcher::dueAlerts(AlertChannel channel) const
{
    const ExpiryAlertPlanner planner(m_options.thresholdDays, m_clock->nowUtc());
    QList<ExpiryAlert> due;
    const Status planned = forEachCrossedPage(planner, [&](const CrossedPage& page) -> Status {
        Result<QList<ExpiryAlert>> pageDue = duePage(page, channel, planner);
        if (!pageDue)
            return pageDue.error();
        due.append(std::move(pageDue).value());
        return {};
    });
    if (!planned)
        return planned.error();
    ExpiryAlertPlanner::sortSoonestFirst(due);
    return due;
}

void AlertDispatcher::listExpiringKeys(int kept, std::function<void(Result<SoonestAlerts>)> done)
{
    const int generation = ++m_listingGeneration;
    m_listing.emplace(ListingPass{
        ExpiryAlertPlanner(m_options.thresholdDays, m_clock->nowUtc()), {}, SoonestAlerts(kept), std::move(done)});
    QTimer::singleShot(0, this, [this, generation] { listNextPage(generation); });
}

void AlertDispatcher::listNextPage(int generation)
{
    if (generation != m_listingGeneration || !m_listing)
        return;
    readPage(m_listing->lastApplicationId, m_listing->planner,
             [this, generation](Result<CrossedPage> page) { listPage(generation, std::move(page)); });
}

void AlertDispatcher::listPage(int generation, Result<CrossedPage> page)
{
    if (generation != m_listingGeneration || !m_listing)
        return;
    if (!page)
        return endListing(page.error());
    m_listing->expiring.add(page.value().alerts);
    if (page.value().isLast)
        return endListing(m_listing->expiring);
    m_listing->lastApplicationId = page.value().lastApplicationId;
    listNextPage(generation);
}

void AlertDispatcher::endListing(Result<SoonestAlerts> listed)
{
    const auto done = std::move(m_listing->done);
    m_listing.reset();
    done(std::move(listed));
}

Status AlertDispatcher::forEachCrossedPage(const ExpiryAlertPlanner& planner,
                                           const std::function<Status(const CrossedPage&)>& visit) const
{
    for (QString after;;) {
        const Result<CrossedPage> page = CrossedPage::after(m_database, after, planner);
        if (!page)
            return page.error();
        if (Status visited = visit(page.value()); !visited)
            return visited;
        if (page.value().isLast)
            return {};
        after = page.value().lastApplicationId;
    }
}

AppSelection AlertDispatcher::alertableApps(const ExpiryAlertPlanner& planner)
{
    // Only a key within the largest threshold of its expiry can be alerted.
    return AppSelection::alertable(planner.horizon());
}

void AlertDispatcher::readPage(const QString& afterApplicationId, const ExpiryAlertPlanner& planner,
                               std::function<void(Result<CrossedPage>)> done)
{
    m_reader.request([afterApplicationId, planner, done](const std::shared_ptr<Database>& reader) {
        return ReaderThread::Answer(
            [done, page = CrossedPage::after(reader, afterApplicationId, planner)] { done(page); });
    });
}

Result<QList<ExpiryAlert>> AlertDispatcher::duePage(const CrossedPage& page, AlertChannel channel,
                                                    const ExpiryAlertPlanner& planner) const
{
    const Result<QList<AlertDelivery>> rows = m_deliveries.listForKeys(channel, page.keyIds);
    if (!rows)
        return rows.error();
    QList<ExpiryAlert> due = planner.undelivered(page.alerts, rows.value(), channel);
    addDeliveryHistory(due, rows.value());
    return due;
}

bool AlertDispatcher::run(Mode mode)
{
    // Alerts still being marked shown would be found pending, and shown again.
    if (m_running || m_marking)
        return false;
    m_running = true;
    m_summary = {};
    m_webhookQueue.clear();
    if (startPass(mode))
        recordNextPage();
    else
        finishLater();
    return true;
}

bool AlertDispatcher::startPass(Mode mode)
{
    if (!m_options.enabled)
        return false;
    if (m_database->isReadOnly()) {
        m_summary.errors.append(Error{tr("Expiry alerts cannot be sent while the registry is open read-only."),
                                      tr("Open the registry without --read-only to send alerts."),
                                      ErrorCode::ReadOnly});
        return false;
    }
    QList<AlertChannel> channels;
    if (mode == Mode::WebhookAndDesktop)
        channels.append(AlertChannel::Desktop);
    m_webhookUrl = usableWebhookUrl();
    if (!m_webhookUrl.isEmpty())
        channels.append(AlertChannel::Webhook);
    if (channels.isEmpty())
        return false;
    // The options as they are now, for every page: Settings saved meanwhile are for the next run.
    ExpiryAlertPlanner planner(m_options.thresholdDays, m_clock->nowUtc());
    m_pass.emplace(RunPass{std::move(planner), {}, std::move(channels), 0, {}});
    return true;
}

void AlertDispatcher::recordNextPage()
{
    readPage(m_pass->lastApplicationId, m_pass->planner,
             [this](const Result<CrossedPage>& page) { recordReadPage(page); });
}

void AlertDispatcher::recordReadPage(const Result<CrossedPage>& page)
{
    if (const Status recorded = page ? recordPage(page.value()) : Status{page.error()}; !recorded) {
        // The registry could not be read or written: the pages left would most likely fail alike, and no webhook
        // queued so far is sent, so that the next run starts from a whole plan. The summary keeps what the pages
        // before found, beside the error: their desktop alerts are recorded as pending, so showing them is right.
        m_summary.errors.append(recorded.error());
        m_pass.reset();
        m_webhookQueue.clear();
        return finish();
    }
    if (page.value().isLast)
        return endPass();
    m_pass->lastApplicationId = page.value().lastApplicationId;
    recordNextPage();
}

Status AlertDispatcher::recordPage(const CrossedPage& page)
{
    m_summary.expiring.add(page.alerts);
    for (const AlertChannel channel : std::as_const(m_pass->channels)) {
        Result<QList<ExpiryAlert>> due = duePage(page, channel, m_pass->planner);
        if (!due)
            return due.error();
        if (Status recorded = m_deliveries.syncPending(channel, due.value(), page.keyIds, m_pass->planner.now());
            !recorded)
            return recorded;
        if (channel == AlertChannel::Webhook) {
            m_webhookQueue.append(std::move(due).value());
            continue;
        }
        for (const ExpiryAlert& alert : due.value())
            m_summary.desktopMarks.append(DeliveryMark::of(alert));
        m_summary.desktopAlerts.add(std::move(due).value());
    }
    return {};
}

void AlertDispatcher::endPass()
{
    withdrawNextBatch();
}

void AlertDispatcher::withdrawNextBatch()
{
    RunPass& pass = *m_pass;
    if (pass.withdrawingChannel < pass.channels.size()) {
        const Result<std::optional<QString>> withdrawn = m_deliveries.withdrawPendingOutside(
            pass.channels.at(pass.withdrawingChannel), alertableApps(pass.planner), pass.withdrawnUpTo, WithdrawnKeys);
        if (!withdrawn)
            m_summary.errors.append(withdrawn.error());
        if (withdrawn && withdrawn.value()) {
            pass.withdrawnUpTo = *withdrawn.value();
        } else {
            ++pass.withdrawingChannel;
            pass.withdrawnUpTo.clear();
        }
        QTimer::singleShot(0, this, &AlertDispatcher::withdrawNextBatch);
        return;
    }
    m_pass.reset();
    if (m_webhookQueue.isEmpty())
        return finish();
    ExpiryAlertPlanner::sortSoonestFirst(m_webhookQueue);
    deliverWebhooks();
}

void AlertDispatcher::markShown(QList<DeliveryMark> alerts, std::function<void(QList<Error>)> done)
{
    for (DeliveryMark& alert : alerts) {
        alert.channel = AlertChannel::Desktop;
        alert.attempts += 1;
    }
    m_marking = MarkingPass{std::move(alerts), 0, {}, std::move(done)};
    QTimer::singleShot(0, this, &AlertDispatcher::markNextBatch);
}

void AlertDispatcher::markNextBatch()
{
    MarkingPass& pass = *m_marking;
    if (pass.next < pass.alerts.size()) {
        const Result<QList<Error>> marked =
            m_deliveries.markDelivered(pass.alerts.mid(pass.next, MarkedAlerts), m_clock->nowUtc());
        // A write that failed (a full disk, a registry gone read-only) would fail again for each batch: said once,
        // the rest stay pending, to be shown again.
        pass.problems.append(marked ? marked.value() : QList<Error>{marked.error()});
        pass.next = marked ? pass.next + MarkedAlerts : pass.alerts.size();
        QTimer::singleShot(0, this, &AlertDispatcher::markNextBatch);
        return;
    }
    MarkingPass marked = std::move(*m_marking);
    m_marking.reset();
    marked.done(std::move(marked.problems));
}

QUrl AlertDispatcher::usableWebhookUrl()
{
    const QString url = m_options.webhookUrl.trimmed();
    if (url.isEmpty())
        return {};
    if (const FieldCheck check = SettingsRules::checkWebhookUrl(url); !check.isValid()) {
        m_summary.errors.append(Error{tr("The webhook URL “%1” in Settings cannot be used.").arg(url), check.message,
                                      ErrorCode::InvalidInput});
        return {};
    }
    return QUrl(url, QUrl::StrictMode);
}

void AlertDispatcher::deliverWebhooks()
{
    QPointer<AlertDispatcher> self(this);
    WebhookSigningSecret(m_secrets, m_database->registryId()).read([self](Result<QString> secret) {
        if (!self)
            return;
        if (!secret) {
            for (const ExpiryAlert& alert : std::as_const(self->m_webhookQueue))
                self->reportNotSent(alert, secret.error().text());
            self->m_webhookQueue.clear();
            return self->finish();
        }
        self->deliverNext(secret.value().toUtf8());
    });
}

void AlertDispatcher::deliverNext(const QByteArray& signingSecret)
{
    if (m_webhookQueue.isEmpty())
        return finish();
    ExpiryAlert alert = m_webhookQueue.takeFirst();
    const QDateTime now = m_clock->nowUtc();
    // Claimed before it is sent: another run (the window's timer, a second `alerts --send`) skips it meanwhile.
    const Result<std::optional<QString>> claimed =
        m_deliveries.claim(alert, now, now.addMSecs(m_sender->longestPostMs()));
    if (!claimed) {
        m_summary.errors.append(claimed.error());
        return deliverNext(signingSecret);
    }
    if (!claimed.value())
        return deliverNext(signingSecret); // delivered or being delivered by another run
    const Result<AuditCheckpoint> head = AuditLog::headOf(m_database->connection(), m_database->registryId());
    if (!head) {
        keepPending(alert, head.error().text());
        return deliverNext(signingSecret);
    }
    const QByteArray body = WebhookPayload::body(alert, m_database->registryId(), now, head.value());
    m_sender->post(
        m_webhookUrl, body, signingSecret, *claimed.value(),
        [this, alert, signingSecret](DeliveryOutcome outcome) mutable {
            alert.attempts += outcome.attempts;
            if (outcome.delivered) {
                const Result<QList<Error>> marked =
                    m_deliveries.markDelivered({DeliveryMark::of(alert)}, m_clock->nowUtc());
                m_summary.errors.append(marked ? marked.value() : QList<Error>{marked.error()});
                m_summary.delivered.append(alert);
                return deliverNext(signingSecret);
            }
            keepPending(alert, outcome.error);
            // A receiver that failed after all retries would most likely fail the rest too: they wait for
            // the next run.
            const QString reason =
                tr("Not sent in this run, because the webhook failed for an earlier alert: %1").arg(outcome.error);
            for (const ExpiryAlert& waiting : std::as_const(m_webhookQueue))
                reportNotSent(waiting, reason);
            m_webhookQueue.clear();
            finish();
        });
}

void AlertDispatcher::reportNotSent(ExpiryAlert alert, const QString& reason)
{
    alert.lastError = reason;
    m_summary.pending.append(alert);
}

void AlertDispatcher::keepPending(ExpiryAlert alert, const QString& reason)
{
    alert.lastError = reason;
    if (Status recorded = m_deliveries.recordFailure(alert); !recorded)
        m_summary.errors.append(recorded.error());
    m_summary.pending.append(alert);
}

void AlertDispatcher::finishLater()
{
    QTimer::singleShot(0, this, &AlertDispatcher::finish);
}

void AlertDispatcher::finish()
{
    m_running = false;
    // Handed over, not kept until the next run: at 100,000 apps the desktop alerts alone are 50,000.
    emit finished(std::exchange(m_summary, {}));
}

} // namespace AppKeys
