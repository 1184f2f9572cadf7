#include "AlertDispatcher.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "ErrorCode.h"
#include "ExpiryAlertPlanner.h"
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
    : QObject(parent), m_database(database), m_secrets(std::move(secrets)), m_clock(clock), m_apps(database, clock),
      m_keys(database, std::move(clock)), m_deliveries(std::move(database)), m_sender(new WebhookSender(this))
{
}

AlertDispatcher::~AlertDispatcher() = default;

void AlertDispatcher::setOptions(AlertOptions options)
{
    m_options = std::move(options);
}

Result<QList<ExpiryAlert>> AlertDispatcher::dueAlerts(AlertChannel channel) const
{
    return plan(channel);
}

Result<QList<ExpiryAlert>> AlertDispatcher::expiringKeys() const
{
    return crossedAlerts(m_clock->nowUtc());
}

Result<QList<ExpiryAlert>> AlertDispatcher::crossedAlerts(const QDateTime& now) const
{
    // The ids at once, then each page by them: every app's keys are read with it, which is all the planner's rules
    // look at (an app's newest key decides whether an older one is alerted).
    const Result<QStringList> ids = m_apps.listIds(alertableApps(now));
    if (!ids)
        return ids.error();
    const ExpiryAlertPlanner planner(m_options.thresholdDays, now);
    QList<ExpiryAlert> alerts;
    for (qsizetype first = 0; first < ids.value().size(); first += PageSize) {
        const AppSelection page = AppSelection::ids(ids.value().mid(first, PageSize), m_database->dialect());
        const Result<QList<AppRecord>> apps = m_apps.listAppsWithoutScope(page);
        if (!apps)
            return apps.error();
        const Result<QList<KeyRecord>> keys = m_keys.listKeys(page);
        if (!keys)
            return keys.error();
        alerts.append(planner.crossed(apps.value(), keys.value()));
    }
    ExpiryAlertPlanner::sortSoonestFirst(alerts);
    return alerts;
}

AppSelection AlertDispatcher::alertableApps(const QDateTime& now) const
{
    // Only a key within the largest threshold of its expiry can be alerted: the database picks out those apps, so
    // that planning reads a few rows instead of the whole registry.
    const int largest = m_options.thresholdDays.isEmpty()
                            ? 0
                            : *std::max_element(m_options.thresholdDays.cbegin(), m_options.thresholdDays.cend());
    return AppSelection::withKeyExpiringBy(now.addDays(largest));
}

bool AlertDispatcher::run(Mode mode)
{
    if (m_running)
        return false;
    m_running = true;
    m_summary = {};
    m_webhookQueue.clear();
    if (!m_options.enabled) {
        finishLater();
        return true;
    }
    if (m_database->isReadOnly()) {
        m_summary.errors.append(Error{tr("Expiry alerts cannot be sent while the registry is open read-only."),
                                      tr("Open the registry without --read-only to send alerts."),
                                      ErrorCode::ReadOnly});
        finishLater();
        return true;
    }
    if (mode == Mode::WebhookAndDesktop)
        m_summary.desktopAlerts = recordDue(AlertChannel::Desktop);
    m_webhookUrl = usableWebhookUrl();
    QList<ExpiryAlert> webhookAlerts = m_webhookUrl.isEmpty() ? QList<ExpiryAlert>() : recordDue(AlertChannel::Webhook);
    if (webhookAlerts.isEmpty()) {
        finishLater();
        return true;
    }
    deliverWebhooks(std::move(webhookAlerts));
    return true;
}

QList<Error> AlertDispatcher::markShown(const QList<ExpiryAlert>& alerts)
{
    QList<ExpiryAlert> shown = alerts;
    for (ExpiryAlert& alert : shown) {
        alert.channel = AlertChannel::Desktop;
        alert.attempts += 1;
    }
    return m_deliveries.markDelivered(shown, m_clock->nowUtc());
}

Result<QList<ExpiryAlert>> AlertDispatcher::plan(AlertChannel channel) const
{
    const QDateTime now = m_clock->nowUtc();
    Result<QList<ExpiryAlert>> crossed = crossedAlerts(now);
    if (!crossed)
        return crossed.error();
    const Result<QList<AlertDelivery>> rows = m_deliveries.list(channel);
    if (!rows)
        return rows.error();
    QList<ExpiryAlert> alerts =
        ExpiryAlertPlanner(m_options.thresholdDays, now).undelivered(std::move(crossed).value(), rows.value(), channel);
    addDeliveryHistory(alerts, rows.value());
    return alerts;
}

QList<ExpiryAlert> AlertDispatcher::recordDue(AlertChannel channel)
{
    const Result<QList<ExpiryAlert>> due = plan(channel);
    if (!due) {
        m_summary.errors.append(due.error());
        return {};
    }
    if (Status recorded = m_deliveries.syncPending(channel, due.value(), m_clock->nowUtc()); !recorded) {
        m_summary.errors.append(recorded.error());
        return {};
    }
    return due.value();
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

void AlertDispatcher::deliverWebhooks(QList<ExpiryAlert> alerts)
{
    m_webhookQueue = std::move(alerts);
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
                m_summary.errors.append(m_deliveries.markDelivered({alert}, m_clock->nowUtc()));
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
