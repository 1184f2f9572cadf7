#include "WebhookPayload.h"
#include "WebhookSender.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>
#include <QUuid>
#include <optional>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

const QByteArray SigningSecret = "whsec-receiver-example";

ExpiryAlert sampleAlert()
{
    ExpiryAlert alert;
    alert.applicationId = u"3f0c9a4e-2b71-4c55-9d3e-0a1b2c3d4e5f"_s;
    alert.applicationName = u"Booking"_s;
    alert.keyId = u"key-0001"_s;
    alert.keyHint = u"apikey_…a1b2"_s;
    alert.expiresAt = QDateTime(QDate(2025, 3, 8), QTime(10, 0), Qt::UTC);
    alert.daysLeft = 6;
    alert.thresholdDays = 7;
    return alert;
}

} // namespace

/// The receiver example the README points to (docs/webhook-receiver.py), run as its own process, against what
/// AppKeys sends: it accepts a delivery, and refuses the same request replayed, an old one and a forged one.
class WebhookReceiverExampleTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void acceptsAnAlertOnceAndRefusesItsReplay();
    void refusesAnOldOrForgedRequest();
    void aRetryOfADeliveryItHasCountsAsDelivered();

private:
    /// The HTTP status the receiver answers to a POST of `body` with this signature header.
    int post(const QByteArray& body, const QByteArray& signature);
    QByteArray body() const;

    QProcess m_receiver;
    QUrl m_url;
    QNetworkAccessManager m_network;
};

void WebhookReceiverExampleTest::initTestCase()
{
    const QString script = QStringLiteral(APPKEYS_SOURCE_DIR "/docs/webhook-receiver.py");
    QVERIFY(QFile::exists(script));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"APPKEYS_WEBHOOK_SECRET"_s, QString::fromLatin1(SigningSecret));
    m_receiver.setProcessEnvironment(environment);
    m_receiver.start(u"python3"_s, {script, u"--port"_s, u"0"_s});
    QVERIFY2(m_receiver.waitForStarted(), qPrintable(m_receiver.errorString()));
    static const QRegularExpression listening(u"listening on (http://127\\.0\\.0\\.1:\\d+/)"_s);
    QRegularExpressionMatch match;
    QString told;
    QVERIFY(QTest::qWaitFor(
        [&] {
            m_receiver.setReadChannel(QProcess::StandardError);
            told += QString::fromUtf8(m_receiver.readAll());
            match = listening.match(told);
            return match.hasMatch() || m_receiver.state() == QProcess::NotRunning;
        },
        30000));
    QVERIFY2(match.hasMatch(), qPrintable(told));
    m_url = QUrl(match.captured(1));
}

void WebhookReceiverExampleTest::cleanupTestCase()
{
    m_receiver.kill();
    m_receiver.waitForFinished();
}

int WebhookReceiverExampleTest::post(const QByteArray& body, const QByteArray& signature)
{
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(WebhookPayload::SignatureHeader, signature);
    QNetworkReply* reply = m_network.post(request, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

QByteArray WebhookReceiverExampleTest::body() const
{
    AuditCheckpoint head{u"0f1e2d3c-4b5a-4968-8776-655443322110"_s, 42, QString(64, u'a'),
                         QDateTime::currentDateTimeUtc()};
    return WebhookPayload::body(sampleAlert(), head.registryId, QDateTime::currentDateTimeUtc(), head);
}

void WebhookReceiverExampleTest::acceptsAnAlertOnceAndRefusesItsReplay()
{
    const QByteArray alert = body();
    const QByteArray signature = WebhookPayload::signature(
        QDateTime::currentSecsSinceEpoch(), QUuid::createUuid().toString(QUuid::WithoutBraces), alert, SigningSecret);
    QCOMPARE(post(alert, signature), 204);
    m_receiver.setReadChannel(QProcess::StandardOutput);
    QVERIFY(QTest::qWaitFor([this] { return m_receiver.canReadLine(); }, 30000));
    const QByteArray printed = m_receiver.readLine().trimmed();
    QVERIFY2(printed.contains("\"audit_checkpoint\": \"appkeys-audit-head/1 registry="), printed.constData());
    QVERIFY2(printed.contains("\"key_hint\": \"apikey_\\u2026a1b2\""), printed.constData());

    // The very same request again, as someone who captured it would send it.
    QCOMPARE(post(alert, signature), 409);
}

void WebhookReceiverExampleTest::refusesAnOldOrForgedRequest()
{
    const QByteArray alert = body();
    const QString deliveryId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QCOMPARE(post(alert, WebhookPayload::signature(now - 600, deliveryId, alert, SigningSecret)), 400);
    QCOMPARE(post(alert, WebhookPayload::signature(now, deliveryId, alert, "another secret")), 401);
    QByteArray altered = alert;
    altered.replace("\"days_left\":6", "\"days_left\":60");
    QVERIFY(altered != alert);
    const QByteArray signature = WebhookPayload::signature(now, deliveryId, alert, SigningSecret);
    QCOMPARE(post(altered, signature), 401);
    QCOMPARE(post(alert, "sha256=" + signature.split('=').constLast()), 400);
    // None of them was taken: the genuine one still is.
    QCOMPARE(post(alert, signature), 204);
}

void WebhookReceiverExampleTest::aRetryOfADeliveryItHasCountsAsDelivered()
{
    const QByteArray alert = body();
    const QString deliveryId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    WebhookSender sender;
    for (int run = 0; run < 2; ++run) {
        std::optional<DeliveryOutcome> outcome;
        sender.post(m_url, alert, SigningSecret, deliveryId, [&outcome](DeliveryOutcome done) { outcome = done; });
        QVERIFY(QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 30000));
        QVERIFY2(outcome->delivered, qPrintable(outcome->error));
        QCOMPARE(outcome->attempts, 1);
    }
}

QTEST_GUILESS_MAIN(WebhookReceiverExampleTest)
#include "tst_webhook_receiver_example.moc"
