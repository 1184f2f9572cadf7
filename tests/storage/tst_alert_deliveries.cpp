#include "AlertDeliveryRepository.h"
#include "AppSelection.h"
#include "ErrorText.h"
#include "FixedClock.h"
#include "SampleApps.h"
#include "TemporaryRegistry.h"
#include "TestEngine.h"
#include "TranslationLoader.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

const QDateTime Monday = QDateTime(QDate(2025, 3, 3), QTime(9, 30, 15), Qt::UTC);

ExpiryAlert alertFor(const KeyRecord& key, int thresholdDays)
{
    ExpiryAlert alert;
    alert.applicationId = key.applicationId;
    alert.keyId = key.keyId;
    alert.keyHint = key.keyHint;
    alert.expiresAt = key.expiresAt;
    alert.thresholdDays = thresholdDays;
    alert.channel = AlertChannel::Desktop;
    return alert;
}

/// "key/threshold state" for each desktop row of these keys, in the order of the keys given.
QStringList rowsOf(const AlertDeliveryRepository& deliveries, const QList<KeyRecord>& keys)
{
    QStringList ids;
    for (const KeyRecord& key : keys)
        ids.append(key.keyId);
    const Result<QList<AlertDelivery>> rows = deliveries.listForKeys(AlertChannel::Desktop, ids);
    if (!rows)
        return {u"error: "_s + errorText(rows)};
    QStringList lines;
    for (const KeyRecord& key : keys) {
        for (const AlertDelivery& row : rows.value()) {
            if (row.keyId == key.keyId)
                lines.append(u"%1/%2 %3"_s.arg(key.keyHint)
                                 .arg(row.thresholdDays)
                                 .arg(row.state == AlertDelivery::State::Delivered ? u"delivered"_s : u"pending"_s));
        }
    }
    return lines;
}

/// Withdraws the desktop rows outside `alertable` in batches of `keys` keys, as a run does after its last page; how
/// many batches it took, the last one finding the end (-1 on an error).
int withdrawnBatches(AlertDeliveryRepository& deliveries, const AppSelection& alertable, int keys = 1)
{
    QString after;
    for (int batches = 1; batches <= 100; ++batches) {
        const Result<std::optional<QString>> withdrawn =
            deliveries.withdrawPendingOutside(AlertChannel::Desktop, alertable, after, keys);
        if (!withdrawn)
            return -1;
        if (!withdrawn.value())
            return batches;
        after = *withdrawn.value();
    }
    return -1;
}

} // namespace

/// alert_deliveries as an expiry run records it, a page of apps' keys at a time (AlertDispatcher), on each engine.
class AlertDeliveriesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pendingAlertsAreKeptInStepAPageOfKeysAtATime();
    void alertableAppsArePagedEachOnceInTheListingsOrder();
};

void AlertDeliveriesTest::initTestCase()
{
    if (const QString unavailable = TestEngine::unavailableReason(); !unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    qInfo("Storage engine: %s", qPrintable(TestEngine::name()));
    // The messages as the program shows them in English, with its plural forms ("7 days").
    QVERIFY(TranslationLoader::install(u"en"_s).ok());
}

void AlertDeliveriesTest::alertableAppsArePagedEachOnceInTheListingsOrder()
{
    TemporaryRegistry registry(std::make_shared<FixedClock>(Monday));
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    const QDateTime cutoff = Monday.addDays(30);
    // Apps created at the same moment (ties broken by id), keys expiring on either side of the cutoff, apps with two
    // keys, and apps no alert can concern: deactivated, deleted, or without a key.
    QStringList expected;
    for (int app = 0; app < 11; ++app) {
        const AppRecord record = SampleApps::record(u"App %1"_s.arg(app), Monday.addSecs(-(app / 3)));
        QVERIFY(registry.repository()->insertApp(record).ok());
        const int lifetimeDays = app % 4 == 3 ? 90 : 20;
        QVERIFY(registry.keys()->insertKey(SampleApps::key(record.applicationId, Monday, lifetimeDays)).ok());
        if (app % 5 == 0)
            QVERIFY(registry.keys()->insertKey(SampleApps::key(record.applicationId, Monday, 25)).ok());
        if (app == 4)
            QVERIFY(registry.repository()->setActive(record.applicationId, false).ok());
        else if (app == 6)
            QVERIFY(registry.repository()->markDeleted(record.applicationId).ok());
        else if (app % 4 != 3 || app % 5 == 0)
            expected.append(record.applicationId);
    }
    QVERIFY(registry.repository()->insertApp(SampleApps::record(u"No key"_s, Monday)).ok());
    const Result<QStringList> atOnce = registry.repository()->listIds(AppSelection::alertable(cutoff));
    QVERIFY2(atOnce.ok(), qPrintable(errorText(atOnce)));
    QCOMPARE(QSet<QString>(atOnce.value().cbegin(), atOnce.value().cend()),
             QSet<QString>(expected.cbegin(), expected.cend()));

    // Pages of 2 from the last id of each: every alertable app once, in the order they are listed at once.
    QStringList paged;
    QString after;
    for (int page = 0; page < 10; ++page) {
        const Result<QStringList> ids = registry.repository()->listIds(
            AppSelection::alertablePage(cutoff, after, 2, registry.database()->dialect()));
        QVERIFY2(ids.ok(), qPrintable(errorText(ids)));
        paged += ids.value();
        if (ids.value().size() < 2)
            break;
        after = ids.value().constLast();
    }
    QCOMPARE(paged, atOnce.value());
}

void AlertDeliveriesTest::pendingAlertsAreKeptInStepAPageOfKeysAtATime()
{
    TemporaryRegistry registry(std::make_shared<FixedClock>(Monday));
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    QList<KeyRecord> keys;
    for (const QString& name : {u"Alpha"_s, u"Beta"_s, u"Gamma"_s}) {
        const AppRecord app = SampleApps::record(name, Monday);
        QVERIFY(registry.repository()->insertApp(app).ok());
        KeyRecord key = SampleApps::key(app.applicationId, Monday, 7);
        key.keyHint = name; // the rows below name their key by it
        QVERIFY(registry.keys()->insertKey(key).ok());
        keys.append(key);
    }
    const KeyRecord& alpha = keys.at(0);
    const KeyRecord& beta = keys.at(1);
    const KeyRecord& gamma = keys.at(2);
    AlertDeliveryRepository deliveries(registry.database());

    // A page of Alpha and Beta: Gamma's key is outside it.
    QVERIFY(deliveries
                .syncPending(AlertChannel::Desktop, {alertFor(alpha, 7), alertFor(beta, 7)}, {alpha.keyId, beta.keyId},
                             Monday)
                .ok());
    QVERIFY(deliveries.syncPending(AlertChannel::Desktop, {alertFor(gamma, 7)}, {gamma.keyId}, Monday).ok());
    QCOMPARE(rowsOf(deliveries, keys), (QStringList{u"Alpha/7 pending"_s, u"Beta/7 pending"_s, u"Gamma/7 pending"_s}));
    // Nothing is due on the other channel: its rows go, these stay.
    QVERIFY(deliveries.syncPending(AlertChannel::Webhook, {}, {alpha.keyId, beta.keyId, gamma.keyId}, Monday).ok());
    QCOMPARE(rowsOf(deliveries, keys), (QStringList{u"Alpha/7 pending"_s, u"Beta/7 pending"_s, u"Gamma/7 pending"_s}));

    // Alpha crossed a smaller threshold: its 7-day alert, never delivered, is replaced. Beta, in no page this time, is
    // left as it is.
    QVERIFY(deliveries.syncPending(AlertChannel::Desktop, {alertFor(alpha, 1)}, {alpha.keyId}, Monday.addDays(6)).ok());
    QCOMPARE(rowsOf(deliveries, keys), (QStringList{u"Alpha/1 pending"_s, u"Beta/7 pending"_s, u"Gamma/7 pending"_s}));

    // Beta's app is deactivated, so no page holds it any more: what is outside the alertable apps is withdrawn.
    QVERIFY(registry.repository()->setActive(beta.applicationId, false).ok());
    const AppSelection alertable = AppSelection::alertable(Monday.addDays(30));
    QCOMPARE(withdrawnBatches(deliveries, alertable), 4); // a key in each batch, and the empty one after
    QCOMPARE(rowsOf(deliveries, keys), (QStringList{u"Alpha/1 pending"_s, u"Gamma/7 pending"_s}));
    QCOMPARE(withdrawnBatches(deliveries, alertable, 100), 1);
    QCOMPARE(rowsOf(deliveries, keys), (QStringList{u"Alpha/1 pending"_s, u"Gamma/7 pending"_s}));

    // Delivered rows stay, whatever a page or the withdrawal says.
    DeliveryMark shown{CompactId::of(gamma.keyId), 7, AlertChannel::Desktop, 1};
    QVERIFY(deliveries.markDelivered({shown}, Monday).value().isEmpty());
    QVERIFY(deliveries.syncPending(AlertChannel::Desktop, {}, {alpha.keyId, gamma.keyId}, Monday).ok());
    QVERIFY(registry.repository()->setActive(gamma.applicationId, false).ok());
    QCOMPARE(withdrawnBatches(deliveries, alertable), 1); // no pending row is left
    QCOMPARE(rowsOf(deliveries, keys), (QStringList{u"Gamma/7 delivered"_s}));

    const QList<Error> again = deliveries.markDelivered({shown}, Monday).value();
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.constFirst().message,
             u"The expiry alert for the key %1 (7 days) is no longer pending."_s.arg(gamma.keyId));

    // A key id that JSON escapes, or that reads like its syntax, finds nothing and breaks nothing.
    const Result<QList<AlertDelivery>> hostile =
        deliveries.listForKeys(AlertChannel::Desktop, {u"\"],[\"x"_s, u"a\\\"b"_s, u"\u202e"_s + gamma.keyId, u"🔑"_s});
    QVERIFY2(hostile.ok(), qPrintable(errorText(hostile)));
    QVERIFY(hostile.value().isEmpty());
}

QTEST_GUILESS_MAIN(AlertDeliveriesTest)
#include "tst_alert_deliveries.moc"
