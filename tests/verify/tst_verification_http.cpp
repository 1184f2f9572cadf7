#include "CredentialFormat.h"
#include "ErrorText.h"
#include "FixedClock.h"
#include "HttpExchange.h"
#include "SampleApps.h"
#include "TemporaryRegistry.h"
#include "VerificationService.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

const QDateTime Issued = QDateTime::currentDateTimeUtc().addSecs(-3600);
// Short, so that the slow clients are timed out while the test waits.
constexpr std::chrono::milliseconds RequestTimeout{1500};
// What the slow client sends of its header at most, far below the header limit of 8 KiB.
constexpr int MaxTrickledBytes = 1000;

QByteArray latin1(const QString& text)
{
    return text.toLatin1();
}

} // namespace

/// The verification service's HTTP endpoints in the test process (VerificationService on a real SQLite registry, its
/// real Beast server on a free port), asked byte for byte: each endpoint's exact answers, and requests that are too
/// big, malformed or too slow, none of which stalls a well-behaved client.
class VerificationHttpTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void authAcceptsAValidKeyAndNamesItsApp_data();
    void authAcceptsAValidKeyAndNamesItsApp();
    void authRefusesWhatIsNotAValidKey_data();
    void authRefusesWhatIsNotAValidKey();
    void authRefusesAMissingPermissionWith403();
    void anAppNameCannotBreakAHeader();
    void verifyAnswersJson();
    void verifyRefusesABodyThatIsNotTheRequest_data();
    void verifyRefusesABodyThatIsNotTheRequest();
    void introspectionAnswersAsRfc7662Says();
    void healthAndMetrics();
    void unknownPathsAndMethods();
    void oversizedHeadersGet431();
    void anOversizedBodyGets413();
    void garbageGets400();
    void slowClientsAreTimedOutWhileAWellBehavedOneIsServed();
    void theRequestLogNamesKeysByTheirHintOnly();

private:
    quint16 port() const { return m_port; }

    std::unique_ptr<TemporaryRegistry> m_registry;
    QString m_logText;
    std::unique_ptr<QTextStream> m_log;
    std::unique_ptr<VerificationService> m_service;
    quint16 m_port = 0;
    AppRecord m_booking;
    QString m_bookingKey;
    QString m_revokedKey;
    AppRecord m_cafe;
    QString m_cafeKey;
};

void VerificationHttpTest::initTestCase()
{
    auto clock = std::make_shared<FixedClock>();
    clock->setNowUtc(Issued);
    m_registry = std::make_unique<TemporaryRegistry>(clock);
    QVERIFY2(m_registry->isOpen(), qPrintable(m_registry->errorText()));
    m_booking = SampleApps::record(u"Booking"_s, Issued);
    m_booking.scope.permissionIds = {u"appointments.read"_s, u"services.read"_s};
    QVERIFY(m_registry->repository()->insertApp(m_booking).ok());
    m_bookingKey = CredentialFormat::generate(CredentialKind::ApiKey);
    QVERIFY(m_registry->keys()->insertKey(SampleApps::key(m_booking.applicationId, Issued, 365, m_bookingKey)).ok());
    m_revokedKey = CredentialFormat::generate(CredentialKind::ApiKey);
    const KeyRecord revoked = SampleApps::key(m_booking.applicationId, Issued, 365, m_revokedKey);
    QVERIFY(m_registry->keys()->insertKey(revoked).ok());
    QVERIFY(m_registry->keys()->revokeKey(m_booking.applicationId, revoked.keyId).ok());
    m_cafe = SampleApps::record(u"Café «Ü» 100%"_s, Issued);
    QVERIFY(m_registry->repository()->insertApp(m_cafe).ok());
    m_cafeKey = CredentialFormat::generate(CredentialKind::ApiKey);
    QVERIFY(m_registry->keys()->insertKey(SampleApps::key(m_cafe.applicationId, Issued, 365, m_cafeKey)).ok());

    m_log = std::make_unique<QTextStream>(&m_logText);
    ServeOptions options;
    options.listen.port = 0;
    options.threads = 2;
    options.limits.requestTimeout = RequestTimeout;
    options.logRequests = true;
    m_service = std::make_unique<VerificationService>(m_registry->database(), options, *m_log);
    const Result<quint16> started = m_service->start();
    QVERIFY2(started.ok(), qPrintable(errorText(started)));
    m_port = started.value();
}

void VerificationHttpTest::cleanupTestCase()
{
    m_service.reset();
    m_registry.reset();
}

void VerificationHttpTest::authAcceptsAValidKeyAndNamesItsApp_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    const QByteArray key = latin1(m_bookingKey);
    QTest::newRow("apikey scheme") << QByteArray("/v1/auth") << QByteArray("Authorization") << "apikey " + key;
    QTest::newRow("scheme in capitals") << QByteArray("/v1/auth") << QByteArray("Authorization") << "APIKEY " + key;
    QTest::newRow("bearer") << QByteArray("/v1/auth") << QByteArray("Authorization") << "Bearer " + key;
    QTest::newRow("X-API-Key") << QByteArray("/v1/auth") << QByteArray("X-API-Key") << key;
    QTest::newRow("Envoy's path below /v1/auth")
        << QByteArray("/v1/auth/appointments/17?day=3") << QByteArray("X-API-Key") << key;
}

void VerificationHttpTest::authAcceptsAValidKeyAndNamesItsApp()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    const HttpReply reply = HttpExchange::get(port(), path, {{header, value}});
    QCOMPARE(reply.status, 204);
    QCOMPARE(reply.header("X-AppKeys-Application-Id"), latin1(m_booking.applicationId));
    QCOMPARE(reply.header("X-AppKeys-App-Name"), QByteArray("Booking"));
    QCOMPARE(reply.header("X-AppKeys-Permissions"), QByteArray("appointments.read,services.read"));
    QVERIFY(reply.body.isEmpty());
}

void VerificationHttpTest::authRefusesWhatIsNotAValidKey_data()
{
    QTest::addColumn<HttpExchange::Headers>("headers");
    QTest::addColumn<QByteArray>("code");
    QTest::newRow("no key") << HttpExchange::Headers{} << QByteArray();
    QTest::newRow("another scheme") << HttpExchange::Headers{{"Authorization", "Basic dXNlcjpwYXNz"}} << QByteArray();
    QTest::newRow("malformed") << HttpExchange::Headers{{"Authorization", "apikey appkey_short"}}
                               << QByteArray("MALFORMED");
    QTest::newRow("unknown") << HttpExchange::Headers{{"X-API-Key",
                                                       latin1(CredentialFormat::generate(CredentialKind::ApiKey))}}
                             << QByteArray("NOT_FOUND");
    QTest::newRow("revoked") << HttpExchange::Headers{{"Authorization", "Bearer " + latin1(m_revokedKey)}}
                             << QByteArray("REVOKED");
}

void VerificationHttpTest::authRefusesWhatIsNotAValidKey()
{
    QFETCH(HttpExchange::Headers, headers);
    QFETCH(QByteArray, code);
    const HttpReply reply = HttpExchange::get(port(), "/v1/auth", headers);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.header("X-AppKeys-Code"), code);
    QCOMPARE(reply.header("WWW-Authenticate"), QByteArray("apikey"));
    QCOMPARE(reply.header("X-AppKeys-Application-Id"), QByteArray());
}

void VerificationHttpTest::authRefusesAMissingPermissionWith403()
{
    const QByteArray key = "apikey " + latin1(m_bookingKey);
    const HttpReply byHeader = HttpExchange::get(
        port(), "/v1/auth", {{"Authorization", key}, {"X-AppKeys-Require", "appointments.read, clients.write"}});
    QCOMPARE(byHeader.status, 403);
    QCOMPARE(byHeader.header("X-AppKeys-Code"), QByteArray("INSUFFICIENT_PERMISSIONS"));
    QCOMPARE(byHeader.header("X-AppKeys-Application-Id"), latin1(m_booking.applicationId));
    const HttpReply byQuery = HttpExchange::get(port(), "/v1/auth?require=clients.write", {{"Authorization", key}});
    QCOMPARE(byQuery.status, 403);
    const HttpReply granted = HttpExchange::get(port(), "/v1/auth?require=services.read",
                                                {{"Authorization", key}, {"X-AppKeys-Require", "appointments.read"}});
    QCOMPARE(granted.status, 204);
}

void VerificationHttpTest::anAppNameCannotBreakAHeader()
{
    const HttpReply reply = HttpExchange::get(port(), "/v1/auth", {{"X-API-Key", latin1(m_cafeKey)}});
    QCOMPARE(reply.status, 204);
    QCOMPARE(reply.header("X-AppKeys-App-Name"), QByteArray("Caf%C3%A9 %C2%AB%C3%9C%C2%BB 100%25"));
    QCOMPARE(QString::fromUtf8(QByteArray::fromPercentEncoding(reply.header("X-AppKeys-App-Name"))),
             m_cafe.details.name);
}

void VerificationHttpTest::verifyAnswersJson()
{
    const HttpReply valid =
        HttpExchange::post(port(), "/v1/keys/verify", "application/json",
                           R"({"key": ")" + latin1(m_bookingKey) + R"(", "permissions": ["services.read"]})");
    QCOMPARE(valid.status, 200);
    QCOMPARE(valid.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject answer = valid.json();
    QCOMPARE(answer.value(u"valid"_s).toBool(), true);
    QCOMPARE(answer.value(u"code"_s).toString(), u"VALID"_s);
    QCOMPARE(answer.value(u"application_id"_s).toString(), m_booking.applicationId);
    QCOMPARE(answer.value(u"app_name"_s).toString(), u"Booking"_s);
    QCOMPARE(answer.value(u"key_hint"_s).toString(), CredentialFormat::hint(m_bookingKey));
    QCOMPARE(answer.value(u"permissions"_s).toArray(),
             QJsonArray::fromStringList({u"appointments.read"_s, u"services.read"_s}));
    QCOMPARE(answer.value(u"expires_at"_s).toString(), Issued.addDays(365).toString(Qt::ISODateWithMs));

    const HttpReply missing =
        HttpExchange::post(port(), "/v1/keys/verify", "application/json",
                           R"({"key": ")" + latin1(m_bookingKey) + R"(", "permissions": ["clients.write"]})");
    QCOMPARE(missing.status, 200);
    QCOMPARE(missing.json().value(u"valid"_s).toBool(), false);
    QCOMPARE(missing.json().value(u"code"_s).toString(), u"INSUFFICIENT_PERMISSIONS"_s);

    const HttpReply revoked = HttpExchange::post(port(), "/v1/keys/verify", "application/json",
                                                 R"({"key": ")" + latin1(m_revokedKey) + R"("})");
    QCOMPARE(revoked.json().value(u"code"_s).toString(), u"REVOKED"_s);
}

void VerificationHttpTest::verifyRefusesABodyThatIsNotTheRequest_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not JSON") << QByteArray("key=appkey_x");
    QTest::newRow("a list") << QByteArray("[\"appkey_x\"]");
    QTest::newRow("no key") << QByteArray("{\"permissions\": []}");
    QTest::newRow("key not a string") << QByteArray("{\"key\": 12}");
    QTest::newRow("permissions not strings") << QByteArray("{\"key\": \"appkey_x\", \"permissions\": [1]}");
}

void VerificationHttpTest::verifyRefusesABodyThatIsNotTheRequest()
{
    QFETCH(QByteArray, body);
    const HttpReply reply = HttpExchange::post(port(), "/v1/keys/verify", "application/json", body);
    QCOMPARE(reply.status, 400);
    QVERIFY(!reply.json().value(u"error"_s).toString().isEmpty());
}

void VerificationHttpTest::introspectionAnswersAsRfc7662Says()
{
    const QByteArray form = "application/x-www-form-urlencoded";
    const HttpReply active = HttpExchange::post(port(), "/oauth2/introspect", form,
                                                "token=" + latin1(m_bookingKey) + "&token_type_hint=access_token");
    QCOMPARE(active.status, 200);
    QCOMPARE(active.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(active.header("Cache-Control"), QByteArray("no-store"));
    const QJsonObject answer = active.json();
    QCOMPARE(answer.keys(), (QStringList{u"active"_s, u"client_id"_s, u"exp"_s, u"scope"_s}));
    QCOMPARE(answer.value(u"active"_s).toBool(), true);
    QCOMPARE(answer.value(u"client_id"_s).toString(), m_booking.applicationId);
    QCOMPARE(answer.value(u"scope"_s).toString(), u"appointments.read services.read"_s);
    QCOMPARE(answer.value(u"exp"_s).toInteger(), Issued.addDays(365).toSecsSinceEpoch());

    // An inactive token says nothing more about itself (RFC 7662 section 2.2).
    const HttpReply revoked = HttpExchange::post(port(), "/oauth2/introspect", form, "token=" + latin1(m_revokedKey));
    QCOMPARE(revoked.status, 200);
    QCOMPARE(revoked.json(), (QJsonObject{{u"active"_s, false}}));
    const HttpReply garbage = HttpExchange::post(port(), "/oauth2/introspect", form, "token=%00%FF");
    QCOMPARE(garbage.json(), (QJsonObject{{u"active"_s, false}}));

    const HttpReply noToken = HttpExchange::post(port(), "/oauth2/introspect", form, "token_type_hint=x");
    QCOMPARE(noToken.status, 400);
    QCOMPARE(noToken.json().value(u"error"_s).toString(), u"invalid_request"_s);
    const HttpReply asJson = HttpExchange::post(port(), "/oauth2/introspect", "application/json",
                                                R"({"token": ")" + latin1(m_bookingKey) + R"("})");
    QCOMPARE(asJson.status, 400);
    const HttpReply get = HttpExchange::get(port(), "/oauth2/introspect");
    QCOMPARE(get.status, 405);
    QCOMPARE(get.header("Allow"), QByteArray("POST"));
}

void VerificationHttpTest::healthAndMetrics()
{
    const HttpReply health = HttpExchange::get(port(), "/healthz");
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json().value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(health.json().value(u"keys"_s).toInteger(), 3);
    QVERIFY(QDateTime::fromString(health.json().value(u"last_refresh"_s).toString(), Qt::ISODateWithMs).isValid());

    const QByteArray before = HttpExchange::get(port(), "/metrics").body;
    const qsizetype revokedBefore = before.indexOf("appkeys_verifications_total{code=\"REVOKED\"} ");
    QVERIFY(revokedBefore >= 0);
    HttpExchange::get(port(), "/v1/auth", {{"X-API-Key", latin1(m_revokedKey)}});
    const HttpReply metrics = HttpExchange::get(port(), "/metrics");
    QCOMPARE(metrics.status, 200);
    QCOMPARE(metrics.header("Content-Type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
    const auto valueOf = [](const QByteArray& text, const QByteArray& name) {
        // At the start of a line: the name also appears in its # HELP and # TYPE lines.
        const qsizetype at = text.indexOf('\n' + name + ' ') + 1;
        return at <= 0 ? -1
                       : text.mid(at + name.size() + 1, text.indexOf('\n', at) - at - name.size() - 1).toLongLong();
    };
    const QByteArray revokedName = "appkeys_verifications_total{code=\"REVOKED\"}";
    QCOMPARE(valueOf(metrics.body, revokedName), valueOf(before, revokedName) + 1);
    QCOMPARE(valueOf(metrics.body, "appkeys_index_keys"), 3);
    QCOMPARE(valueOf(metrics.body, "appkeys_registry_up"), 1);
    QVERIFY(metrics.body.contains("# TYPE appkeys_verifications_total counter\n"));
    QVERIFY(metrics.body.contains("appkeys_http_rejected_total{reason=\"header_too_large\"} "));
}

void VerificationHttpTest::unknownPathsAndMethods()
{
    QCOMPARE(HttpExchange::get(port(), "/").status, 404);
    QCOMPARE(HttpExchange::get(port(), "/v1/authx").status, 404);
    const HttpReply get = HttpExchange::get(port(), "/v1/keys/verify");
    QCOMPARE(get.status, 405);
    QCOMPARE(get.header("Allow"), QByteArray("POST"));
    QCOMPARE(HttpExchange::post(port(), "/healthz", "text/plain", "x").status, 405);
}

void VerificationHttpTest::oversizedHeadersGet431()
{
    HttpExchange exchange(port());
    const HttpReply reply =
        exchange.send(HttpExchange::request("GET", "/v1/auth", {{"X-Padding", QByteArray(9 * 1024, 'a')}}));
    QCOMPARE(reply.status, 431);
    QVERIFY(exchange.waitForClose(5000));
    QCOMPARE(HttpExchange::get(port(), "/v1/auth", {{"X-API-Key", latin1(m_bookingKey)}}).status, 204);
}

void VerificationHttpTest::anOversizedBodyGets413()
{
    HttpExchange exchange(port());
    // Only the head is sent: the announced length alone is refused, before any of the body is read.
    const HttpReply reply =
        exchange.send("POST /v1/keys/verify HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                      "Content-Length: 1048576\r\n\r\n");
    QCOMPARE(reply.status, 413);
    QVERIFY(exchange.waitForClose(5000));
}

void VerificationHttpTest::garbageGets400()
{
    HttpExchange exchange(port());
    // The start of a TLS handshake, as from a client that took the service for HTTPS.
    const HttpReply reply = exchange.send(QByteArray::fromHex("160301020001000001fc0303") + " garbage\r\n\r\n");
    QCOMPARE(reply.status, 400);
    QVERIFY(exchange.waitForClose(5000));
    HttpExchange badVersion(port());
    QCOMPARE(badVersion.send("GET /v1/auth HTTP/9\r\n\r\n").status, 400);
}

void VerificationHttpTest::slowClientsAreTimedOutWhileAWellBehavedOneIsServed()
{
    // Fifty clients that send half a request and then nothing, as slowloris does, and one that sends a byte at a time.
    std::vector<std::unique_ptr<QTcpSocket>> slow;
    for (int client = 0; client < 50; ++client) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(u"127.0.0.1"_s, port());
        QVERIFY(socket->waitForConnected(5000));
        socket->write("GET /v1/auth HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
        QVERIFY(socket->waitForBytesWritten(5000));
        slow.push_back(std::move(socket));
    }
    QElapsedTimer sinceStart;
    sinceStart.start();
    HttpExchange trickling(port());
    trickling.socket().connectToHost(u"127.0.0.1"_s, port());
    QVERIFY(trickling.socket().waitForConnected(5000));
    trickling.socket().write("GET /v1/auth HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Trickle: ");

    // Meanwhile a well-behaved client is answered at once, again and again, on one connection.
    HttpExchange good(port());
    int answered = 0;
    while (sinceStart.elapsed() < RequestTimeout.count() / 2) {
        QElapsedTimer oneRequest;
        oneRequest.start();
        QCOMPARE(good.send(HttpExchange::request("GET", "/v1/auth", {{"X-API-Key", latin1(m_bookingKey)}})).status,
                 204);
        QVERIFY2(oneRequest.elapsed() < 500, qPrintable(u"%1 ms"_s.arg(oneRequest.elapsed())));
        // The client is slow, not oversized.
        if (answered < MaxTrickledBytes) {
            trickling.socket().write("a");
            trickling.socket().flush();
        }
        ++answered;
    }
    QVERIFY(answered > 3);

    // The whole request did not arrive within the deadline: 408, and the connection closed.
    const HttpReply timedOut = trickling.receive(int(RequestTimeout.count()) * 3);
    QCOMPARE(timedOut.status, 408);
    for (const std::unique_ptr<QTcpSocket>& socket : slow) {
        QTRY_VERIFY_WITH_TIMEOUT(socket->state() != QAbstractSocket::ConnectedState || socket->bytesAvailable() > 0,
                                 int(RequestTimeout.count()) * 3);
        QVERIFY(socket->readAll().startsWith("HTTP/1.1 408 "));
    }
    QCOMPARE(good.send(HttpExchange::request("GET", "/v1/auth", {{"X-API-Key", latin1(m_bookingKey)}})).status, 204);
}

void VerificationHttpTest::theRequestLogNamesKeysByTheirHintOnly()
{
    HttpExchange::get(port(), "/v1/auth", {{"X-API-Key", latin1(m_bookingKey)}});
    HttpExchange::post(port(), "/v1/keys/verify", "application/json", R"({"key": ")" + latin1(m_revokedKey) + R"("})");
    QTRY_VERIFY(m_logText.contains(
        u" verify REVOKED key=%1 app=%2"_s.arg(CredentialFormat::hint(m_revokedKey), m_booking.applicationId)));
    QVERIFY2(m_logText.contains(
                 u" auth VALID key=%1 app=%2"_s.arg(CredentialFormat::hint(m_bookingKey), m_booking.applicationId)),
             qPrintable(m_logText));
    for (const QString& key : {m_bookingKey, m_revokedKey, m_cafeKey})
        QVERIFY(!m_logText.contains(key));
}

QTEST_GUILESS_MAIN(VerificationHttpTest)
#include "tst_verification_http.moc"
