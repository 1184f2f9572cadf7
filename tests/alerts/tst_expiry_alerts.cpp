#include "AlertDeliveryRepository.h"
#include "AlertDispatcher.h"
#include "AuditCheckpoint.h"
#include "AuditLog.h"
#include "Database.h"
#include "ErrorCode.h"
#include "ErrorText.h"
#include "ExpiryAlertPlanner.h"
#include "FixedClock.h"
#include "KeychainSecretStore.h"
#include "NewApiKey.h"
#include "ReaderThread.h"
#include "SampleApps.h"
#include "TemporaryRegistry.h"
#include "TestKeychain.h"
#include "TestSigningSecret.h"
#include "TranslationLoader.h"
#include "WebhookReceiver.h"
#include "WebhookSender.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <atomic>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

constexpr int RetryAttempts = 3;
const QList<int> Thresholds{30, 7, 1};

// In-memory records for the planner, which only reads what it is given.
AppRecord appRecord(const QString& id, const QString& name, bool active = true)
{
    AppRecord app;
    app.applicationId = id;
    app.details.name = name;
    app.active = active;
    return app;
}

KeyRecord keyRecord(const QString& appId, const QString& keyId, const QDateTime& createdAt, const QDateTime& expiresAt,
                    const QDateTime& revokedAt = {})
{
    KeyRecord key;
    key.applicationId = appId;
    key.keyId = keyId;
    key.keyHint = u"appkey_…"_s + keyId.right(4);
    key.createdAt = createdAt;
    key.expiresAt = expiresAt;
    key.revokedAt = revokedAt;
    return key;
}

AlertDelivery delivered(const QString& keyId, int thresholdDays, AlertChannel channel)
{
    AlertDelivery row;
    row.keyId = keyId;
    row.thresholdDays = thresholdDays;
    row.channel = channel;
    row.state = AlertDelivery::State::Delivered;
    return row;
}

QStringList describe(const QList<ExpiryAlert>& alerts)
{
    QStringList lines;
    for (const ExpiryAlert& alert : alerts)
        lines.append(u"%1 %2d left %3%4"_s.arg(alert.keyId)
                         .arg(alert.daysLeft)
                         .arg(alert.thresholdDays)
                         .arg(alert.expired ? u" expired"_s : QString()));
    return lines;
}

QJsonObject parse(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

class ExpiryAlertsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void plannerAlertsTheSmallestCrossedThresholdOnly();
    void plannerAlertsAnExpiredKeyOnce();
    void plannerSkipsRevokedInactiveAndReplacedKeys();
    void plannerKeepsChannelsApart();

    void webhookCarriesTheDocumentedBodyAndSignature();
    void failedDeliveryStaysPendingUntilTheServerWorks_data();
    void failedDeliveryStaysPendingUntilTheServerWorks();
    void oneFailureLeavesTheRestForTheNextRun();
    void noDuplicateAcrossRunsAndRestarts();
    void desktopAlertsRepeatUntilShown();
    void thresholdsAreCrossedOnTheRightDay();
    void aPendingAlertNoLongerDueIsWithdrawn_data();
    void aPendingAlertNoLongerDueIsWithdrawn();
    void aMissingSigningSecretKeepsTheAlertPending();
    void aBadWebhookUrlIsRefused_data();
    void aBadWebhookUrlIsRefused();
    void disabledAlertsSendNothing();
    void aReadOnlyRegistryListsButDoesNotSend();
    void alertsOfMoreAppsThanAPageComeSoonestFirst();
    void aRunRecordsAPageAtATimeAndTheEventLoopTurnsBetween();
    void markingShownWritesABatchAtATimeAndHoldsBackARun();
    void theBannersListingTakesAPageAtATimeAndTheLatestOneCounts();
    void aReaderPlansPagesOnItsThreadAndAnswersFromTheEventLoop();
    void withoutASecondConnectionARunReadsOnItsOwn();

private:
    KeyRecord addAppWithKey(const QString& name, int lifetimeDays);
    std::unique_ptr<AlertDispatcher> makeDispatcher(const QString& webhookUrl,
                                                    std::shared_ptr<Database> database = {}) const;
    bool runOnce(AlertDispatcher& dispatcher, AlertDispatcher::Mode mode, AlertRunSummary& summary) const;
    /// AlertDispatcher::listExpiringKeys, waited for.
    static Result<SoonestAlerts> listed(AlertDispatcher& dispatcher, int kept);
    /// AlertDispatcher::markShown, waited for: what could not be recorded.
    static QList<Error> markedShown(AlertDispatcher& dispatcher, const QList<DeliveryMark>& alerts);
    void setSigningSecret(bool present);
    QDateTime daysFromStart(int days) const { return FixedClock::defaultNow().addDays(days); }

    std::unique_ptr<TemporaryRegistry> m_registry;
    std::shared_ptr<FixedClock> m_clock;
    std::shared_ptr<AppRepository> m_repository;
    std::shared_ptr<KeyRepository> m_keys;
    std::shared_ptr<KeychainSecretStore> m_secrets = std::make_shared<KeychainSecretStore>();
    std::unique_ptr<WebhookReceiver> m_receiver;
    QString m_signingSecret;
};

void ExpiryAlertsTest::initTestCase()
{
    // The texts as the program shows them in English, with its plural forms ("1 day", "15 days").
    QVERIFY(TranslationLoader::install(u"en"_s).ok());
    const QString problem = TestKeychain::environmentProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void ExpiryAlertsTest::init()
{
    m_registry = std::make_unique<TemporaryRegistry>();
    QVERIFY2(m_registry->isOpen(), qPrintable(m_registry->errorText()));
    m_clock = std::make_shared<FixedClock>();
    m_repository = std::make_shared<AppRepository>(m_registry->database(), m_clock);
    m_keys = std::make_shared<KeyRepository>(m_registry->database(), m_clock);
    m_receiver = std::make_unique<WebhookReceiver>();
    m_signingSecret = u"whsec-"_s + QUuid::createUuid().toString(QUuid::Id128);
    setSigningSecret(true);
}

void ExpiryAlertsTest::cleanup()
{
    setSigningSecret(false);
    m_receiver.reset();
    m_repository.reset();
    m_keys.reset();
    m_registry.reset();
}

KeyRecord ExpiryAlertsTest::addAppWithKey(const QString& name, int lifetimeDays)
{
    const AppRecord app = SampleApps::record(name, m_clock->nowUtc());
    if (const Status inserted = m_repository->insertApp(app); !inserted)
        qFatal("insertApp: %s", qPrintable(inserted.error().text()));
    const NewApiKey key = NewApiKey::generate(app.applicationId, u"tester@example"_s, m_clock->nowUtc(), lifetimeDays);
    if (const Status inserted = m_keys->insertKey(key.record); !inserted)
        qFatal("insertKey: %s", qPrintable(inserted.error().text()));
    return key.record;
}

std::unique_ptr<AlertDispatcher> ExpiryAlertsTest::makeDispatcher(const QString& webhookUrl,
                                                                  std::shared_ptr<Database> database) const
{
    auto dispatcher =
        std::make_unique<AlertDispatcher>(database ? database : m_registry->database(), m_secrets, m_clock);
    dispatcher->setOptions({true, Thresholds, webhookUrl});
    dispatcher->webhookSender().setTimeoutMs(5000);
    dispatcher->webhookSender().setRetryPolicy(RetryAttempts, 20);
    return dispatcher;
}

bool ExpiryAlertsTest::runOnce(AlertDispatcher& dispatcher, AlertDispatcher::Mode mode, AlertRunSummary& summary) const
{
    QSignalSpy finished(&dispatcher, &AlertDispatcher::finished);
    if (!dispatcher.run(mode) || !finished.wait(60000) || finished.size() != 1)
        return false;
    summary = finished.at(0).at(0).value<AlertRunSummary>();
    return !dispatcher.isRunning();
}

Result<SoonestAlerts> ExpiryAlertsTest::listed(AlertDispatcher& dispatcher, int kept)
{
    std::optional<Result<SoonestAlerts>> answer;
    dispatcher.listExpiringKeys(kept, [&answer](Result<SoonestAlerts> listing) { answer = std::move(listing); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 60000))
        return Error{u"the listing never ended"_s, {}};
    return *answer;
}

QList<Error> ExpiryAlertsTest::markedShown(AlertDispatcher& dispatcher, const QList<DeliveryMark>& alerts)
{
    std::optional<QList<Error>> problems;
    dispatcher.markShown(alerts, [&problems](QList<Error> notRecorded) { problems = std::move(notRecorded); });
    if (!QTest::qWaitFor([&problems] { return problems.has_value(); }, 60000))
        return {Error{u"the marking never ended"_s, {}}};
    return *problems;
}

void ExpiryAlertsTest::setSigningSecret(bool present)
{
    if (!m_registry || !m_registry->database())
        return;
    const QString registryId = m_registry->database()->registryId();
    const Status done = present ? TestSigningSecret::save(m_secrets, registryId, m_signingSecret)
                                : TestSigningSecret::remove(m_secrets, registryId);
    QVERIFY2(done.ok(), qPrintable(errorText(done)));
}

void ExpiryAlertsTest::plannerAlertsTheSmallestCrossedThresholdOnly()
{
    const QDateTime now = FixedClock::defaultNow();
    const QList<AppRecord> apps{appRecord(u"app"_s, u"Booking"_s)};
    const QList<KeyRecord> keys{
        keyRecord(u"app"_s, u"far-0031"_s, now.addDays(-300), now.addDays(31)),
        keyRecord(u"app"_s, u"five-0005"_s, now.addDays(-1), now.addDays(5).addSecs(3600)),
    };
    // The newer key is first seen 5 days before expiry: one "7 days" alert, not 30 and 7 at once. The older key is
    // replaced by the newer one and not alerted.
    const ExpiryAlertPlanner planner(Thresholds, now);
    QCOMPARE(describe(planner.due(apps, keys, {}, AlertChannel::Webhook)), QStringList{u"five-0005 5d left 7"_s});

    // Delivered at 7: nothing more until the 1-day threshold is crossed, then exactly that one. Exactly one day left
    // counts as crossed.
    const QList<AlertDelivery> rows{delivered(u"five-0005"_s, 7, AlertChannel::Webhook)};
    QVERIFY(planner.due(apps, keys, rows, AlertChannel::Webhook).isEmpty());
    const ExpiryAlertPlanner exactlyOneDayLeft(Thresholds, now.addDays(4).addSecs(3600));
    QCOMPARE(describe(exactlyOneDayLeft.due(apps, keys, rows, AlertChannel::Webhook)),
             QStringList{u"five-0005 1d left 1"_s});
    // One second more than 7 days left: only the 30-day threshold is crossed.
    const ExpiryAlertPlanner justBeforeSevenDays(Thresholds, now.addDays(-2).addSecs(3599));
    QCOMPARE(describe(justBeforeSevenDays.due(apps, {keys.at(1)}, {}, AlertChannel::Webhook)),
             QStringList{u"five-0005 7d left 30"_s});
}

void ExpiryAlertsTest::plannerAlertsAnExpiredKeyOnce()
{
    const QDateTime now = FixedClock::defaultNow();
    const QList<AppRecord> apps{appRecord(u"app"_s, u"Booking"_s)};
    const QList<KeyRecord> keys{keyRecord(u"app"_s, u"gone-0001"_s, now.addDays(-400), now.addDays(-35))};
    const ExpiryAlertPlanner planner(Thresholds, now);

    const QList<ExpiryAlert> due = planner.due(apps, keys, {}, AlertChannel::Webhook);
    QCOMPARE(describe(due), QStringList{u"gone-0001 0d left 1 expired"_s});
    QVERIFY2(due.constFirst().text().contains(u"expired on"_s), qPrintable(due.constFirst().text()));
    QVERIFY(planner.due(apps, keys, {delivered(u"gone-0001"_s, 1, AlertChannel::Webhook)}, AlertChannel::Webhook)
                .isEmpty());
}

void ExpiryAlertsTest::plannerSkipsRevokedInactiveAndReplacedKeys()
{
    const QDateTime now = FixedClock::defaultNow();
    const QList<AppRecord> apps{appRecord(u"live"_s, u"Live"_s), appRecord(u"off"_s, u"Off"_s, false)};
    const KeyRecord old = keyRecord(u"live"_s, u"old-0001"_s, now.addDays(-100), now.addDays(3));
    const KeyRecord newer = keyRecord(u"live"_s, u"new-0002"_s, now.addDays(-4), now.addDays(361));
    const QList<KeyRecord> keys{
        old,
        newer,
        keyRecord(u"live"_s, u"revoked-0003"_s, now.addDays(-100), now.addDays(2), now.addDays(-1)),
        keyRecord(u"off"_s, u"inactive-0004"_s, now.addDays(-100), now.addDays(2)),
        keyRecord(u"deleted"_s, u"deleted-0005"_s, now.addDays(-100), now.addDays(2)),
    };
    const ExpiryAlertPlanner planner(Thresholds, now);
    QVERIFY2(planner.due(apps, keys, {}, AlertChannel::Webhook).isEmpty(),
             qPrintable(describe(planner.due(apps, keys, {}, AlertChannel::Webhook)).join(u", "_s)));

    // With the newer key revoked, the old one is the app's working key again, and it expires in 3 days.
    KeyRecord revokedNewer = newer;
    revokedNewer.revokedAt = now.addSecs(-60);
    QCOMPARE(describe(planner.due(apps, {old, revokedNewer}, {}, AlertChannel::Webhook)),
             QStringList{u"old-0001 3d left 7"_s});
}

void ExpiryAlertsTest::plannerKeepsChannelsApart()
{
    const QDateTime now = FixedClock::defaultNow();
    const QList<AppRecord> apps{appRecord(u"app"_s, u"Booking"_s)};
    const QList<KeyRecord> keys{keyRecord(u"app"_s, u"key-0001"_s, now.addDays(-20), now.addDays(6))};
    const QList<AlertDelivery> rows{delivered(u"key-0001"_s, 7, AlertChannel::Desktop)};
    const ExpiryAlertPlanner planner(Thresholds, now);

    QVERIFY(planner.due(apps, keys, rows, AlertChannel::Desktop).isEmpty());
    const QList<ExpiryAlert> webhook = planner.due(apps, keys, rows, AlertChannel::Webhook);
    QCOMPARE(describe(webhook), QStringList{u"key-0001 6d left 7"_s});
    QCOMPARE(webhook.constFirst().channel, AlertChannel::Webhook);
    QCOMPARE(describe(planner.crossed(apps, keys)), describe(webhook));
}

void ExpiryAlertsTest::webhookCarriesTheDocumentedBodyAndSignature()
{
    QVERIFY(m_receiver->listen());
    const KeyRecord key = addAppWithKey(u"Booking"_s, 7);
    const AppRecord app = m_repository->findApp(key.applicationId).value();
    m_clock->setNowUtc(m_clock->nowUtc().addSecs(3600));
    auto dispatcher = makeDispatcher(m_receiver->url());

    AlertRunSummary summary;
    QVERIFY(runOnce(*dispatcher, AlertDispatcher::Mode::WebhookOnly, summary));
    QCOMPARE(summary.delivered.size(), 1);
    QVERIFY(summary.pending.isEmpty());
    QVERIFY(summary.allDelivered());
    QCOMPARE(summary.delivered.constFirst().attempts, 1);

    QCOMPARE(m_receiver->requests().size(), 1);
    const WebhookReceiver::Request& request = m_receiver->requests().constFirst();
    QCOMPARE(request.contentType, QByteArray("application/json"));
    QCOMPARE(request.signatureProblem(m_signingSecret), QString());
    QVERIFY(!request.body.contains(m_signingSecret.toUtf8()));
    // The head of the audit trail as the alert left: the receiver's own copy of it.
    const QJsonObject sent = parse(request.body);
    const Result<AuditCheckpoint> head = AuditCheckpoint::fromLine(sent.value(u"audit_checkpoint"_s).toString());
    QVERIFY2(head.ok(), qPrintable(sent.value(u"audit_checkpoint"_s).toString()));
    const QList<AuditEntry> entries = AuditLog(m_registry->database()).entries().value();
    QCOMPARE(head.value().registryId, m_registry->database()->registryId());
    QCOMPARE(head.value().sequence, entries.constLast().sequence);
    QCOMPARE(head.value().hash, entries.constLast().hash);

    const QJsonObject body = parse(request.body);
    QCOMPARE(body.value(u"event"_s).toString(), u"appkeys.key_expiring"_s);
    QCOMPARE(body.value(u"application_id"_s).toString(), app.applicationId);
    QCOMPARE(body.value(u"application_name"_s).toString(), u"Booking"_s);
    QCOMPARE(body.value(u"key_hint"_s).toString(), key.keyHint);
    QCOMPARE(body.value(u"expires_at"_s).toString(), key.expiresAt.toString(Qt::ISODateWithMs));
    QVERIFY(body.value(u"expires_at"_s).toString().endsWith(u'Z'));
    QCOMPARE(body.value(u"days_left"_s).toInt(-1), 6);
    QCOMPARE(body.value(u"threshold_days"_s).toInt(-1), 7);
    QCOMPARE(body.value(u"registry_id"_s).toString(), m_registry->database()->registryId());
    QCOMPARE(body.value(u"sent_at"_s).toString(), m_clock->nowUtc().toString(Qt::ISODateWithMs));
    QCOMPARE(body.size(), 10); // and audit_checkpoint, above

    const Result<QList<ExpiryAlert>> due = dispatcher->dueAlerts(AlertChannel::Webhook);
    QVERIFY(due.ok());
    QVERIFY(due.value().isEmpty());
}

void ExpiryAlertsTest::failedDeliveryStaysPendingUntilTheServerWorks_data()
{
    QTest::addColumn<WebhookReceiver::Behaviour>("failure");
    QTest::addColumn<bool>("listening");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("requestsWhileFailing");

    QTest::newRow("HTTP 500") << WebhookReceiver::Behaviour::ServerError << true
                              << u"The webhook answered HTTP 500 Internal Server Error."_s << RetryAttempts;
    QTest::newRow("connection refused") << WebhookReceiver::Behaviour::Accept << false
                                        << u"The webhook could not be reached: Connection refused"_s << 0;
    QTest::newRow("no answer") << WebhookReceiver::Behaviour::NeverAnswer << true
                               << u"The webhook did not answer within 0.3 seconds."_s << RetryAttempts;
}

void ExpiryAlertsTest::failedDeliveryStaysPendingUntilTheServerWorks()
{
    QFETCH(WebhookReceiver::Behaviour, failure);
    QFETCH(bool, listening);
    QFETCH(QString, reason);
    QFETCH(int, requestsWhileFailing);

    const quint16 port = WebhookReceiver::unusedPort();
    QVERIFY(port != 0);
    if (listening)
        QVERIFY(m_receiver->listen(port));
    m_receiver->setBehaviour(failure);
    addAppWithKey(u"Booking"_s, 7);
    auto dispatcher = makeDispatcher(WebhookReceiver::url(port));
    dispatcher->webhookSender().setTimeoutMs(300);

    AlertRunSummary failed;
    QVERIFY(runOnce(*dispatcher, AlertDispatcher::Mode::WebhookOnly, failed));
    QVERIFY(failed.delivered.isEmpty());
    QCOMPARE(failed.pending.size(), 1);
    QVERIFY(!failed.allDelivered());
    QVERIFY(failed.errors.isEmpty());
    QCOMPARE(failed.pending.constFirst().lastError, reason);
    QCOMPARE(failed.pending.constFirst().attempts, RetryAttempts);
    QCOMPARE(m_receiver->requests().size(), requestsWhileFailing);

    // The failure is on record for `appkeys alerts`, with the reason, also for a new dispatcher.
    const Result<QList<ExpiryAlert>> due = makeDispatcher(WebhookReceiver::url(port))->dueAlerts(AlertChannel::Webhook);
    QVERIFY(due.ok());
    QCOMPARE(due.value().size(), 1);
    QCOMPARE(due.value().constFirst().lastError, reason);
    QCOMPARE(due.value().constFirst().attempts, RetryAttempts);

    if (!listening)
        QVERIFY(m_receiver->listen(port));
    m_receiver->setBehaviour(WebhookReceiver::Behaviour::Accept);
    AlertRunSummary retried;
    QVERIFY(runOnce(*dispatcher, AlertDispatcher::Mode::WebhookOnly, retried));
    QCOMPARE(retried.delivered.size(), 1);
    QVERIFY(retried.pending.isEmpty());
    QVERIFY(retried.allDelivered());
    QCOMPARE(retried.delivered.constFirst().attempts, RetryAttempts + 1);
    QCOMPARE(m_receiver->acceptedBodies().size(), 1);
    QCOMPARE(parse(m_receiver->acceptedBodies().constFirst()).value(u"threshold_days"_s).toInt(), 7);
    // Every attempt carries the delivery's one id, so that a receiver knows a retry of what it already has.
    const QByteArray deliveryId = m_receiver->requests().constLast().field("id");
    for (const WebhookReceiver::Request& request : m_receiver->requests())
        QCOMPARE(request.field("id"), deliveryId);

    AlertRunSummary again;
    QVERIFY(runOnce(*dispatcher, AlertDispatcher::Mode::WebhookOnly, again));
    QVERIFY(again.delivered.isEmpty() && again.pending.isEmpty());
    QCOMPARE(m_receiver->acceptedBodies().size(), 1);
}

void ExpiryAlertsTest::oneFailureLeavesTheRestForTheNextRun()
{
    QVERIFY(m_receiver->listen());
    m_receiver->setBehaviour(WebhookReceiver::Behaviour::ServerError);
    addAppWithKey(u"Booking"_s, 6);
    addAppWithKey(u"Webshop"_s, 7);
    auto dispatcher = makeDispatcher(m_receiver->url());

    AlertRunSummary failed;
    QVERIFY(runOnce(*dispatcher, AlertDispatcher::Mode::WebhookOnly, failed));
    QCOMPARE(failed.pending.size(), 2);
    QCOMPARE(m_receiver->requests().size(), RetryAttempts); // the second alert was not tried against a failing server
    QCOMPARE(failed.pending.at(0).applicationName, u"Booking"_s);
    QCOMPARE(failed.pending.at(1).attempts, 0);
    QVERIFY2(failed.pending.at(1).lastError.startsWith(u"Not sent in this run"_s),
             qPrintable(failed.pending.at(1).lastError));
    QVERIFY(failed.pending.at(1).lastError.contains(u"HTTP 500"_s));

    m_receiver->setBehaviour(WebhookReceiver::Behaviour::Accept);
    AlertRunSummary retried;
    QVERIFY(runOnce(*dispatcher, AlertDispatcher::Mode::WebhookOnly, retried));
    QCOMPARE(retried.delivered.size(), 2);
    QVERIFY(retried.allDelivered());
    QCOMPARE(m_receiver->acceptedBodies().size(), 2);
}

void ExpiryAlertsTest::noDuplicateAcrossRunsAndRestarts()
{
    QVERIFY(m_receiver->listen());
    const KeyRecord key = addAppWithKey(u"Booking"_s, 30);
    {
        auto dispatcher = makeDispatcher(m_receiver->url());
        AlertRunSummary first;
        QVERIFY(runOnce(*dispatcher, AlertDispatcher::Mode::WebhookOnly, first));
        QCOMPARE(first.delivered.size(), 1);
        AlertRunSummary second;
        QVERIFY(runOnce(*dispatcher, AlertDispatcher::Mode::WebhookOnly, second));
        QVERIFY(second.delivered.isEmpty() && second.pending.isEmpty());
    }
    AlertRunSummary otherDispatcher;
    QVERIFY(runOnce(*makeDispatcher(m_receiver->url()), AlertDispatcher::Mode::WebhookOnly, otherDispatcher));
    QVERIFY(otherDispatcher.delivered.isEmpty() && otherDispatcher.pending.isEmpty());

    // A restart: every connection closed, the file opened again, a day later (still past 30, not yet 7).
    const QString path = m_registry->filePath();
    const QString registryId = m_registry->database()->registryId();
    m_repository.reset();
    m_keys.reset();
    m_registry->close();
    Result<std::shared_ptr<Database>> reopened = Database::openSqlite(path);
    QVERIFY2(reopened.ok(), qPrintable(errorText(reopened)));
    QCOMPARE(reopened.value()->registryId(), registryId);
    m_clock->setNowUtc(m_clock->nowUtc().addDays(1));
    auto restarted = makeDispatcher(m_receiver->url(), reopened.value());
    AlertRunSummary afterRestart;
    QVERIFY(runOnce(*restarted, AlertDispatcher::Mode::WebhookOnly, afterRestart));
    QVERIFY(afterRestart.delivered.isEmpty() && afterRestart.pending.isEmpty());
    QCOMPARE(m_receiver->requests().size(), 1);

    // The banner still lists the key: it expires soon, whatever was sent.
    const Result<SoonestAlerts> expiring = listed(*restarted, AlertRunSummary::NamedAlerts);
    QVERIFY(expiring.ok());
    QCOMPARE(expiring.value().count(), 1);
    QCOMPARE(expiring.value().soonest().constFirst().keyId, key.keyId);
    QCOMPARE(expiring.value().soonest().constFirst().daysLeft, 29);
}

void ExpiryAlertsTest::desktopAlertsRepeatUntilShown()
{
    QVERIFY(m_receiver->listen());
    const KeyRecord key = addAppWithKey(u"Booking"_s, 7);
    auto dispatcher = makeDispatcher(QString());

    AlertRunSummary headless;
    QVERIFY(runOnce(*dispatcher, AlertDispatcher::Mode::WebhookOnly, headless));
    QVERIFY(headless.desktopAlerts.isEmpty());

    for (int run = 0; run < 2; ++run) {
        AlertRunSummary notShownYet;
        QVERIFY(runOnce(*dispatcher, AlertDispatcher::Mode::WebhookAndDesktop, notShownYet));
        QCOMPARE(notShownYet.desktopAlerts.count(), 1);
        QCOMPARE(notShownYet.desktopMarks.size(), 1);
        QVERIFY(notShownYet.delivered.isEmpty() && notShownYet.pending.isEmpty() && notShownYet.allDelivered());
    }
    AlertRunSummary shown;
    QVERIFY(runOnce(*dispatcher, AlertDispatcher::Mode::WebhookAndDesktop, shown));
    const ExpiryAlert alert = shown.desktopAlerts.soonest().value(0);
    QCOMPARE(alert.keyId, key.keyId);
    QCOMPARE(alert.channel, AlertChannel::Desktop);
    QVERIFY2(alert.text().contains(u"expires in 7 days"_s), qPrintable(alert.text()));
    QCOMPARE(shown.desktopMarks.value(0).keyId, CompactId::of(key.keyId));
    QCOMPARE(shown.desktopMarks.value(0).thresholdDays, 7);
    QVERIFY(markedShown(*dispatcher, shown.desktopMarks).isEmpty());
    const QList<Error> again = markedShown(*dispatcher, shown.desktopMarks); // already delivered
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.constFirst().message,
             u"The expiry alert for the key %1 (7 days) is no longer pending."_s.arg(key.keyId));
    QCOMPARE(again.constFirst().hint, u"Another AppKeys run may have handled it meanwhile."_s);

    AlertRunSummary afterShown;
    QVERIFY(runOnce(*makeDispatcher(QString()), AlertDispatcher::Mode::WebhookAndDesktop, afterShown));
    QVERIFY(afterShown.desktopAlerts.isEmpty());
    QVERIFY(m_receiver->requests().isEmpty());
}

void ExpiryAlertsTest::thresholdsAreCrossedOnTheRightDay()
{
    QVERIFY(m_receiver->listen());
    const KeyRecord steady = addAppWithKey(u"Steady"_s, 60);   // 30 on day 30, 7 on day 53, 1 on day 59
    const KeyRecord rotated = addAppWithKey(u"Rotated"_s, 45); // 30 on day 15; rotated on day 20
    const KeyRecord revoked = addAppWithKey(u"Revoked"_s, 40); // would be 30 on day 10; revoked on day 5
    auto dispatcher = makeDispatcher(m_receiver->url());

    QStringList webhookLog;
    QStringList desktopLog;
    QList<int> steadyDaysLeft;
    for (int day = 0; day <= 62; ++day) {
        m_clock->setNowUtc(daysFromStart(day));
        if (day == 5) {
            const Status revokedNow = m_keys->revokeKey(revoked.applicationId, revoked.keyId);
            QVERIFY2(revokedNow.ok(), qPrintable(errorText(revokedNow)));
        }
        if (day == 20) {
            const NewApiKey successor =
                NewApiKey::generate(rotated.applicationId, u"tester@example"_s, m_clock->nowUtc(), 365);
            const Status rotatedNow =
                m_keys->rotateKey(rotated.applicationId, rotated.keyId, m_clock->nowUtc().addDays(7), successor.record);
            QVERIFY2(rotatedNow.ok(), qPrintable(errorText(rotatedNow)));
        }
        AlertRunSummary summary;
        QVERIFY2(runOnce(*dispatcher, AlertDispatcher::Mode::WebhookAndDesktop, summary),
                 qPrintable(u"day %1"_s.arg(day)));
        QVERIFY(summary.allDelivered());
        for (const ExpiryAlert& alert : std::as_const(summary.delivered)) {
            webhookLog.append(u"day %1: %2 at %3"_s.arg(day).arg(alert.applicationName).arg(alert.thresholdDays));
            if (alert.keyId == steady.keyId)
                steadyDaysLeft.append(alert.daysLeft);
        }
        QCOMPARE(summary.desktopAlerts.count(), summary.desktopAlerts.soonest().size()); // never more than one a day
        for (const ExpiryAlert& alert : summary.desktopAlerts.soonest())
            desktopLog.append(u"day %1: %2 at %3"_s.arg(day).arg(alert.applicationName).arg(alert.thresholdDays));
        QVERIFY(markedShown(*dispatcher, summary.desktopMarks).isEmpty());
    }

    const QStringList expected{u"day 15: Rotated at 30"_s, u"day 30: Steady at 30"_s, u"day 53: Steady at 7"_s,
                               u"day 59: Steady at 1"_s};
    QCOMPARE(webhookLog, expected);
    QCOMPARE(desktopLog, expected);
    QCOMPARE(steadyDaysLeft, (QList<int>{30, 7, 1}));
    QCOMPARE(m_receiver->requests().size(), expected.size());
}

void ExpiryAlertsTest::aPendingAlertNoLongerDueIsWithdrawn_data()
{
    QTest::addColumn<bool>("deactivateTheApp");
    // The revoked key's app still has a key near its expiry, so a page of the next run holds it; the deactivated
    // app is in no page, and its alert is withdrawn when the run ends.
    QTest::newRow("the key is revoked") << false;
    QTest::newRow("the app is deactivated") << true;
}

void ExpiryAlertsTest::aPendingAlertNoLongerDueIsWithdrawn()
{
    QFETCH(bool, deactivateTheApp);
    QVERIFY(m_receiver->listen());
    m_receiver->setBehaviour(WebhookReceiver::Behaviour::ServerError);
    const KeyRecord key = addAppWithKey(u"Booking"_s, 7);
    auto dispatcher = makeDispatcher(m_receiver->url());
    AlertRunSummary failed;
    QVERIFY(runOnce(*dispatcher, AlertDispatcher::Mode::WebhookOnly, failed));
    QCOMPARE(failed.pending.size(), 1);
    const AlertDeliveryRepository deliveries(m_registry->database());
    QCOMPARE(deliveries.listForKeys(AlertChannel::Webhook, {key.keyId}).value().size(), 1);

    m_clock->setNowUtc(m_clock->nowUtc().addSecs(60));
    if (deactivateTheApp)
        QVERIFY(m_repository->setActive(key.applicationId, false).ok());
    else
        QVERIFY(m_keys->revokeKey(key.applicationId, key.keyId).ok());
    m_receiver->setBehaviour(WebhookReceiver::Behaviour::Accept);
    AlertRunSummary afterwards;
    QVERIFY(runOnce(*dispatcher, AlertDispatcher::Mode::WebhookOnly, afterwards));
    QVERIFY(afterwards.delivered.isEmpty() && afterwards.pending.isEmpty() && afterwards.allDelivered());
    QVERIFY(m_receiver->acceptedBodies().isEmpty());
    QVERIFY(dispatcher->dueAlerts(AlertChannel::Webhook).value().isEmpty());
    QVERIFY(deliveries.listForKeys(AlertChannel::Webhook, {key.keyId}).value().isEmpty());
}

void ExpiryAlertsTest::aMissingSigningSecretKeepsTheAlertPending()
{
    QVERIFY(m_receiver->listen());
    setSigningSecret(false);
    addAppWithKey(u"Booking"_s, 7);
    auto dispatcher = makeDispatcher(m_receiver->url());

    AlertRunSummary unsigned_;
    QVERIFY(runOnce(*dispatcher, AlertDispatcher::Mode::WebhookOnly, unsigned_));
    QCOMPARE(unsigned_.pending.size(), 1);
    QVERIFY2(unsigned_.pending.constFirst().lastError.contains(u"No webhook signing secret is set"_s),
             qPrintable(unsigned_.pending.constFirst().lastError));
    QCOMPARE(unsigned_.pending.constFirst().attempts, 0);
    QVERIFY(m_receiver->requests().isEmpty()); // nothing goes out unsigned

    setSigningSecret(true);
    AlertRunSummary signed_;
    QVERIFY(runOnce(*dispatcher, AlertDispatcher::Mode::WebhookOnly, signed_));
    QCOMPARE(signed_.delivered.size(), 1);
    QVERIFY(signed_.allDelivered());
}

void ExpiryAlertsTest::aBadWebhookUrlIsRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("reason");
    QTest::newRow("ftp") << u"ftp://127.0.0.1/hooks/appkeys"_s << u"“ftp:” is not allowed"_s;
    QTest::newRow("no host") << u"https://"_s << u"must name a host"_s;
}

void ExpiryAlertsTest::aBadWebhookUrlIsRefused()
{
    QFETCH(QString, url);
    QFETCH(QString, reason);
    addAppWithKey(u"Booking"_s, 7);
    auto dispatcher = makeDispatcher(url);

    AlertRunSummary summary;
    QVERIFY(runOnce(*dispatcher, AlertDispatcher::Mode::WebhookAndDesktop, summary));
    QCOMPARE(summary.errors.size(), 1);
    QCOMPARE(summary.errors.constFirst().code, ErrorCode::InvalidInput);
    QVERIFY2(summary.errors.constFirst().hint.contains(reason), qPrintable(summary.errors.constFirst().text()));
    QVERIFY(summary.delivered.isEmpty() && summary.pending.isEmpty());
    QVERIFY(!summary.allDelivered());
    QCOMPARE(summary.desktopAlerts.count(), 1); // the window still hears about the key
}

void ExpiryAlertsTest::disabledAlertsSendNothing()
{
    QVERIFY(m_receiver->listen());
    addAppWithKey(u"Booking"_s, 7);
    auto dispatcher = makeDispatcher(m_receiver->url());
    dispatcher->setOptions({false, Thresholds, m_receiver->url()});

    AlertRunSummary summary;
    QVERIFY(runOnce(*dispatcher, AlertDispatcher::Mode::WebhookAndDesktop, summary));
    QVERIFY(summary.delivered.isEmpty() && summary.pending.isEmpty() && summary.desktopAlerts.isEmpty());
    QVERIFY(summary.allDelivered());
    QVERIFY(m_receiver->requests().isEmpty());
    QCOMPARE(dispatcher->dueAlerts(AlertChannel::Webhook).value().size(), 1);
}

void ExpiryAlertsTest::aReadOnlyRegistryListsButDoesNotSend()
{
    QVERIFY(m_receiver->listen());
    addAppWithKey(u"Booking"_s, 7);
    Result<std::shared_ptr<Database>> readOnly =
        Database::openSqlite(m_registry->filePath(), Database::AccessMode::ReadOnly);
    QVERIFY2(readOnly.ok(), qPrintable(errorText(readOnly)));
    auto dispatcher = makeDispatcher(m_receiver->url(), readOnly.value());

    const Result<QList<ExpiryAlert>> due = dispatcher->dueAlerts(AlertChannel::Webhook);
    QVERIFY(due.ok());
    QCOMPARE(due.value().size(), 1);
    AlertRunSummary summary;
    QVERIFY(runOnce(*dispatcher, AlertDispatcher::Mode::WebhookOnly, summary));
    QCOMPARE(summary.errors.size(), 1);
    QCOMPARE(summary.errors.constFirst().code, ErrorCode::ReadOnly);
    QVERIFY(m_receiver->requests().isEmpty());
}

void ExpiryAlertsTest::alertsOfMoreAppsThanAPageComeSoonestFirst()
{
    // Planned a page of apps at a time: the soonest expiries are spread over every page, and the alerts of all pages
    // come back as one list, soonest first.
    constexpr int Apps = AlertDispatcher::PageSize + 5;
    QSet<QString> keyIds;
    for (int app = 0; app < Apps; ++app)
        keyIds.insert(addAppWithKey(u"App %1"_s.arg(app), 1 + app * 7 % 30).keyId);
    const auto dispatcher = makeDispatcher(m_receiver->url());

    const Result<QList<ExpiryAlert>> alerts = dispatcher->dueAlerts(AlertChannel::Webhook);
    QVERIFY2(alerts.ok(), qPrintable(errorText(alerts)));
    QCOMPARE(alerts.value().size(), Apps);
    QSet<QString> alerted;
    for (qsizetype at = 0; at < alerts.value().size(); ++at) {
        const ExpiryAlert& alert = alerts.value().at(at);
        alerted.insert(alert.keyId);
        if (at > 0) {
            const ExpiryAlert& before = alerts.value().at(at - 1);
            QVERIFY(std::pair(before.expiresAt, before.keyId) < std::pair(alert.expiresAt, alert.keyId));
        }
    }
    QCOMPARE(alerted, keyIds);
    QCOMPARE(alerts.value().constFirst().daysLeft, 1);
    QCOMPARE(alerts.value().constLast().daysLeft, 30);

    // The banner's list: the same first keys, and the count of them all.
    const Result<SoonestAlerts> expiring = listed(*dispatcher, 3);
    QVERIFY2(expiring.ok(), qPrintable(errorText(expiring)));
    QCOMPARE(expiring.value().count(), Apps);
    QCOMPARE(describe(expiring.value().soonest()), describe(alerts.value().mid(0, 3)));
}

void ExpiryAlertsTest::aRunRecordsAPageAtATimeAndTheEventLoopTurnsBetween()
{
    constexpr int Apps = 2 * AlertDispatcher::PageSize + 5;
    QSet<QString> keyIds;
    for (int app = 0; app < Apps; ++app)
        keyIds.insert(addAppWithKey(u"App %1"_s.arg(app), 1 + app * 7 % 30).keyId);
    auto dispatcher = makeDispatcher(QString());
    const QList<ExpiryAlert> due = dispatcher->dueAlerts(AlertChannel::Desktop).value();
    QCOMPARE(due.size(), Apps);

    // A timer of the window's (a keystroke, a repaint) fires while the run is under way: the run does not hold the
    // event loop from start to end.
    int turnsDuringTheRun = 0;
    QTimer otherWork;
    otherWork.setInterval(0);
    connect(&otherWork, &QTimer::timeout, this, [&] { turnsDuringTheRun += dispatcher->isRunning() ? 1 : 0; });
    otherWork.start();
    AlertRunSummary first;
    QVERIFY(runOnce(*dispatcher, AlertDispatcher::Mode::WebhookAndDesktop, first));
    otherWork.stop();
    QVERIFY2(turnsDuringTheRun >= 2, qPrintable(QString::number(turnsDuringTheRun)));

    QVERIFY(first.allDelivered());
    QCOMPARE(first.expiring.count(), Apps);
    QCOMPARE(describe(first.expiring.soonest()), describe(due.mid(0, AlertRunSummary::NamedAlerts)));
    QCOMPARE(first.desktopAlerts.count(), Apps);
    QCOMPARE(describe(first.desktopAlerts.soonest()), describe(due.mid(0, AlertRunSummary::NamedAlerts)));
    QCOMPARE(first.desktopMarks.size(), Apps);
    QSet<QString> marked;
    for (const DeliveryMark& mark : first.desktopMarks)
        marked.insert(mark.keyId.text());
    QCOMPARE(marked, keyIds);
    QVERIFY(markedShown(*dispatcher, first.desktopMarks).isEmpty());

    AlertRunSummary second;
    QVERIFY(runOnce(*dispatcher, AlertDispatcher::Mode::WebhookAndDesktop, second));
    QCOMPARE(second.expiring.count(), Apps); // the keys still expire soon
    QVERIFY(second.desktopAlerts.isEmpty() && second.desktopMarks.isEmpty());
}

void ExpiryAlertsTest::markingShownWritesABatchAtATimeAndHoldsBackARun()
{
    for (int app = 0; app < 3; ++app)
        addAppWithKey(u"App %1"_s.arg(app), 5 + app);
    auto dispatcher = makeDispatcher(QString());
    AlertRunSummary first;
    QVERIFY(runOnce(*dispatcher, AlertDispatcher::Mode::WebhookAndDesktop, first));
    QCOMPARE(first.desktopMarks.size(), 3);
    // The three marks and 1,197 copies, no longer pending once the first is written: two writes.
    QList<DeliveryMark> marks;
    for (int copy = 0; copy < 400; ++copy)
        marks.append(first.desktopMarks);
    QCOMPARE(marks.size(), AlertDispatcher::MarkedAlerts + 200);

    int turnsWhileMarking = 0;
    QTimer otherWork;
    otherWork.setInterval(0);
    connect(&otherWork, &QTimer::timeout, this, [&] { turnsWhileMarking += dispatcher->isMarkingShown() ? 1 : 0; });
    otherWork.start();
    std::optional<QList<Error>> problems;
    dispatcher->markShown(marks, [&problems](QList<Error> notRecorded) { problems = std::move(notRecorded); });
    QVERIFY(!problems.has_value()); // from the event loop, not in the call
    QVERIFY(dispatcher->isMarkingShown());
    QVERIFY(!dispatcher->run(AlertDispatcher::Mode::WebhookAndDesktop)); // it would find the alerts pending
    QTRY_VERIFY_WITH_TIMEOUT(problems.has_value(), 60000);
    otherWork.stop();
    QVERIFY2(turnsWhileMarking >= 1, qPrintable(QString::number(turnsWhileMarking)));
    QVERIFY(!dispatcher->isMarkingShown());
    QCOMPARE(problems->size(), 1197);
    QCOMPARE(problems->constLast().hint, u"Another AppKeys run may have handled it meanwhile."_s);

    AlertRunSummary second;
    QVERIFY(runOnce(*dispatcher, AlertDispatcher::Mode::WebhookAndDesktop, second));
    QVERIFY(second.desktopAlerts.isEmpty() && second.desktopMarks.isEmpty());

    // A write that fails (here SQLite refusing writes on the connection, as it refuses them on a full disk) is said
    // once: the batches after it are not tried.
    QSqlQuery refuseWrites(m_registry->database()->connection());
    QVERIFY(refuseWrites.exec(u"PRAGMA query_only = ON"_s));
    const QList<Error> failed = markedShown(*dispatcher, marks);
    QVERIFY(refuseWrites.exec(u"PRAGMA query_only = OFF"_s));
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.constFirst().message.startsWith(u"Read-only access"_s), qPrintable(failed.constFirst().text()));
}

void ExpiryAlertsTest::theBannersListingTakesAPageAtATimeAndTheLatestOneCounts()
{
    constexpr int Apps = 2 * AlertDispatcher::PageSize + 5;
    for (int app = 0; app < Apps; ++app)
        addAppWithKey(u"App %1"_s.arg(app), 1 + app * 7 % 30);
    auto dispatcher = makeDispatcher(QString());
    const QList<ExpiryAlert> due = dispatcher->dueAlerts(AlertChannel::Desktop).value();

    // A listing asked for again (a second change) replaces the one under way, which never answers.
    int replacedAnswers = 0;
    dispatcher->listExpiringKeys(3, [&replacedAnswers](const Result<SoonestAlerts>&) { ++replacedAnswers; });
    int turnsDuringTheListing = 0;
    std::optional<Result<SoonestAlerts>> answer;
    QTimer otherWork;
    otherWork.setInterval(0);
    connect(&otherWork, &QTimer::timeout, this, [&] { turnsDuringTheListing += answer ? 0 : 1; });
    otherWork.start();
    dispatcher->listExpiringKeys(3, [&answer](Result<SoonestAlerts> listing) { answer = std::move(listing); });
    QVERIFY(!answer); // from the event loop, never at once
    QTRY_VERIFY(answer.has_value());
    otherWork.stop();

    QVERIFY2(turnsDuringTheListing >= 2, qPrintable(QString::number(turnsDuringTheListing)));
    QVERIFY2(answer->ok(), qPrintable(errorText(*answer)));
    QCOMPARE(answer->value().count(), Apps);
    QCOMPARE(describe(answer->value().soonest()), describe(due.mid(0, 3)));
    QCoreApplication::processEvents();
    QCOMPARE(replacedAnswers, 0);
}

/// The run's and the listing's pages are read and planned away from the window's thread (ReaderThread): the same
/// page as on the window's connection, read on another thread, handed over from the event loop on the receiver's
/// thread, never after the reader is gone.
void ExpiryAlertsTest::aReaderPlansPagesOnItsThreadAndAnswersFromTheEventLoop()
{
    constexpr int Apps = AlertDispatcher::PageSize + 5;
    for (int app = 0; app < Apps; ++app)
        addAppWithKey(u"App %1"_s.arg(app), 1 + app * 7 % 30);
    const ExpiryAlertPlanner planner({30, 7, 1}, m_clock->nowUtc());
    const Result<CrossedPage> expected = CrossedPage::after(m_registry->database(), {}, planner);
    QVERIFY(expected.ok());
    QCOMPARE(expected.value().alerts.size(), AlertDispatcher::PageSize);
    QVERIFY(!expected.value().isLast);

    auto reader = std::make_unique<ReaderThread>(m_registry->database(), this);
    std::optional<Result<CrossedPage>> answer;
    bool onThisThread = false;
    std::atomic<bool> readOnThisThread = true;
    const auto requestPage = [&](const QString& afterApplicationId, std::function<void(Result<CrossedPage>)> done) {
        reader->request([&, afterApplicationId, done](const std::shared_ptr<Database>& connection) {
            readOnThisThread = QThread::currentThread() == thread();
            return ReaderThread::Answer(
                [done, page = CrossedPage::after(connection, afterApplicationId, planner)] { done(page); });
        });
    };
    requestPage({}, [&](Result<CrossedPage> page) {
        onThisThread = QThread::currentThread() == thread();
        answer = std::move(page);
    });
    QVERIFY(!answer); // not read on this thread, in the call
    QTRY_VERIFY(answer.has_value());
    QVERIFY(onThisThread);
    QVERIFY(!readOnThisThread);
    QVERIFY2(answer->ok(), qPrintable(errorText(*answer)));
    QCOMPARE(describe(answer->value().alerts), describe(expected.value().alerts));
    QCOMPARE(answer->value().keyIds, expected.value().keyIds);
    QCOMPARE(answer->value().lastApplicationId, expected.value().lastApplicationId);
    QCOMPARE(answer->value().isLast, false);

    // The second and last page, asked for just before the reader goes: its answer is dropped.
    bool answeredAfterwards = false;
    requestPage(expected.value().lastApplicationId,
                [&answeredAfterwards](Result<CrossedPage>) { answeredAfterwards = true; });
    reader.reset(); // waits for the thread, so that an answer, if any, is already queued
    QCoreApplication::processEvents();
    QVERIFY(!answeredAfterwards);
}

void ExpiryAlertsTest::withoutASecondConnectionARunReadsOnItsOwn()
{
    constexpr int Apps = AlertDispatcher::PageSize + 5;
    for (int app = 0; app < Apps; ++app)
        addAppWithKey(u"App %1"_s.arg(app), 1 + app * 7 % 30);
    auto dispatcher = makeDispatcher(QString());
    const QList<ExpiryAlert> due = dispatcher->dueAlerts(AlertChannel::Desktop).value();
    // Moved away while open: this connection keeps its file, a second one finds none.
    const QString movedTo = m_registry->filePath() + u".moved"_s;
    QVERIFY(QFile::rename(m_registry->filePath(), movedTo));
    // A reader of its own finds no file, and makes its read on the registry's connection.
    enum Connection
    {
        None,
        Registrys,
        Second
    };
    std::atomic<Connection> readOn = None;
    ReaderThread reader(m_registry->database(), this);
    reader.request([&readOn, registry = m_registry->database()](const std::shared_ptr<Database>& connection) {
        readOn = connection == registry ? Registrys : Second;
        return ReaderThread::Answer([] {});
    });
    QTRY_VERIFY(readOn != None);
    AlertRunSummary summary;
    const bool ran = runOnce(*dispatcher, AlertDispatcher::Mode::WebhookAndDesktop, summary);
    QVERIFY(QFile::rename(movedTo, m_registry->filePath()));
    QCOMPARE(readOn.load(), Registrys);
    QVERIFY(ran);
    QVERIFY(summary.errors.isEmpty());
    QCOMPARE(summary.desktopAlerts.count(), Apps);
    QCOMPARE(describe(summary.desktopAlerts.soonest()), describe(due.mid(0, AlertRunSummary::NamedAlerts)));
}

QTEST_GUILESS_MAIN(ExpiryAlertsTest)
#include "tst_expiry_alerts.moc"
