#include "CallbackResult.h"
#include "CliProcess.h"
#include "CredentialFormat.h"
#include "CurlRequest.h"
#include "ErrorText.h"
#include "HttpExchange.h"
#include "NginxProcess.h"
#include "RawSql.h"
#include "ServeProcess.h"
#include "ServiceFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

// The service's promise: a revocation is refused within a second.
constexpr int RevocationTimeoutMs = 1000;

/// What nginx passes upstream, which the upstream echoes: the app's id, name and permissions, as the service named
/// them.
QString upstreamBody(const QString& applicationId, const QString& name, const QString& permissions)
{
    return u"app=%1 name=%2 permissions=%3"_s.arg(applicationId, name, permissions);
}

/// nginx in front of a tiny upstream: /api/ needs a valid key, /appointments/ also the permission appointments.read,
/// each checked by auth_request against `appkeys serve`; the upstream echoes the headers nginx set from the answer.
QString nginxServers(quint16 front, quint16 upstream, quint16 service)
{
    const QString protectedLocation =
        u"        location %1 {\n"
        "            auth_request %2;\n"
        "            auth_request_set $appkeys_app $upstream_http_x_appkeys_application_id;\n"
        "            auth_request_set $appkeys_name $upstream_http_x_appkeys_app_name;\n"
        "            auth_request_set $appkeys_permissions $upstream_http_x_appkeys_permissions;\n"
        // Always set, so that a client cannot pass headers of its own off as the service's.
        "            proxy_set_header X-AppKeys-Application-Id $appkeys_app;\n"
        "            proxy_set_header X-AppKeys-App-Name $appkeys_name;\n"
        "            proxy_set_header X-AppKeys-Permissions $appkeys_permissions;\n"
        "            proxy_pass http://127.0.0.1:%3;\n"
        "        }\n"
        "        location = %2 {\n"
        "            internal;\n"
        "            proxy_pass http://appkeys/v1/auth;\n"
        "            proxy_pass_request_body off;\n"
        "            proxy_set_header Content-Length \"\";\n"
        "            proxy_set_header X-AppKeys-Require \"%4\";\n"
        "            proxy_http_version 1.1;\n"
        "            proxy_set_header Connection \"\";\n"
        "        }\n"_s;
    return u"    upstream appkeys { server 127.0.0.1:%1; keepalive 8; }\n"
           "    server {\n"
           "        listen 127.0.0.1:%2;\n"
           "        location / { return 200 \"app=$http_x_appkeys_application_id name=$http_x_appkeys_app_name "
           "permissions=$http_x_appkeys_permissions\"; }\n"
           "    }\n"
           "    server {\n"
           "        listen 127.0.0.1:%3;\n"_s.arg(service)
               .arg(upstream)
               .arg(front) +
           protectedLocation.arg(u"/api/"_s, u"/auth-any"_s).arg(upstream).arg(QString()) +
           protectedLocation.arg(u"/appointments/"_s, u"/auth-appointments"_s)
               .arg(upstream)
               .arg(u"appointments.read"_s) +
           u"    }\n"_s;
}

} // namespace

/// The loop of PRODUCT.md section 10 with real parts: a key issued by the services protects an API behind a real
/// nginx (Debian's, auth_request) that asks a real `appkeys serve`; curl is the client. A revocation made meanwhile
/// through the service layer is refused within a second, and "last used" reaches `appkeys list --json`, written at
/// most once per key per batch. Needs the private keyring of scripts/with-keyring (the services write the keychain).
class ServeNginxTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void aValidKeyReachesTheUpstreamWithItsApp_data();
    void aValidKeyReachesTheUpstreamWithItsApp();
    void whatIsNotAValidKeyGets401_data();
    void whatIsNotAValidKeyGets401();
    void aKeyWithoutTheRequiredPermissionGets403();
    void aKeyRevokedMeanwhileIsRefusedWithinASecond();
    void lastUsedReachesListWrittenOncePerKeyPerBatch();

private:
    HttpReply through(const QString& path, const QString& header = {}, const QStringList& more = {}) const;
    QString issueKey(const QString& applicationId, int lifetimeDays = 365) const;
    QString keyIdOf(const QString& applicationId, const QString& apiKey) const;

    std::unique_ptr<ServiceFixture> m_fixture;
    std::unique_ptr<ServeProcess> m_serve;
    std::unique_ptr<NginxProcess> m_nginx;
    quint16 m_front = 0;
    QString m_bookingId;
    QString m_bookingKey;
    QString m_spareKey;
    QString m_frontDeskId;
    QString m_frontDeskKey;
    QString m_pausedKey;
    QString m_expiredKey;
    int m_bookingRequests = 0;
};

void ServeNginxTest::initTestCase()
{
    if (NginxProcess::program().isEmpty())
        QSKIP("nginx is not installed (Debian package nginx; scripts/install-deps --test installs it)");
    if (const QString curl = CurlRequest::unavailableReason(); !curl.isEmpty())
        QSKIP(qPrintable(curl));
    m_fixture = std::make_unique<ServiceFixture>();
    QVERIFY2(m_fixture->problem().isEmpty(), qPrintable(m_fixture->problem()));
    m_fixture->clock()->setNowUtc(QDateTime::currentDateTimeUtc());

    const Result<IssuedApp> booking =
        m_fixture->createApp(SampleApps::details(u"Booking"_s),
                             AppScope{AuthMethod::ApiKeyGroups, {u"appointments.read"_s, u"services.read"_s}});
    QVERIFY2(booking.ok(), qPrintable(errorText(booking)));
    m_bookingId = booking.value().applicationId;
    m_bookingKey = issueKey(m_bookingId);
    m_spareKey = issueKey(m_bookingId);
    const Result<IssuedApp> frontDesk = m_fixture->createApp(SampleApps::details(u"Front desk"_s),
                                                             AppScope{AuthMethod::ApiKeyGroups, {u"guests.read"_s}});
    QVERIFY2(frontDesk.ok(), qPrintable(errorText(frontDesk)));
    m_frontDeskId = frontDesk.value().applicationId;
    m_frontDeskKey = issueKey(m_frontDeskId);
    const Result<IssuedApp> paused = m_fixture->createApp(SampleApps::details(u"Paused"_s));
    QVERIFY2(paused.ok(), qPrintable(errorText(paused)));
    m_pausedKey = issueKey(paused.value().applicationId);
    QVERIFY(m_fixture->apps().deactivate(paused.value().applicationId).ok());
    // Issued two days ago for one day.
    m_fixture->clock()->setNowUtc(QDateTime::currentDateTimeUtc().addDays(-2));
    const Result<IssuedApp> old = m_fixture->createApp(SampleApps::details(u"Old kiosk"_s));
    QVERIFY2(old.ok(), qPrintable(errorText(old)));
    m_expiredKey = issueKey(old.value().applicationId, 1);
    m_fixture->clock()->setNowUtc(QDateTime::currentDateTimeUtc());

    // Every write to key_usage, counted past AppKeys, to check the batches.
    const QString path = m_fixture->registry().filePath();
    for (const QString& statement : {u"CREATE TABLE usage_writes (key_id TEXT NOT NULL, use_count INTEGER NOT NULL)"_s,
                                     u"CREATE TRIGGER usage_inserted AFTER INSERT ON key_usage BEGIN"
                                     " INSERT INTO usage_writes VALUES (NEW.key_id, NEW.use_count); END"_s,
                                     u"CREATE TRIGGER usage_updated AFTER UPDATE ON key_usage BEGIN"
                                     " INSERT INTO usage_writes VALUES (NEW.key_id, NEW.use_count); END"_s})
        QVERIFY2(RawSql::executeOutsideAppKeys(path, statement), qPrintable(statement));

    m_serve = std::make_unique<ServeProcess>(CliProcess::program());
    QVERIFY2(m_serve->start(path, {u"--last-used-interval"_s, u"1"_s}), qPrintable(m_serve->errorText()));
    m_front = NginxProcess::freePort();
    const quint16 upstream = NginxProcess::freePort();
    m_nginx = std::make_unique<NginxProcess>();
    QVERIFY2(m_nginx->start(nginxServers(m_front, upstream, m_serve->port()), m_front),
             qPrintable(m_nginx->errorText()));
}

void ServeNginxTest::cleanupTestCase()
{
    m_nginx.reset();
    m_serve.reset();
    if (m_fixture)
        QVERIFY(m_fixture->removeKeychainEntries());
    m_fixture.reset();
}

QString ServeNginxTest::issueKey(const QString& applicationId, int lifetimeDays) const
{
    const Result<IssuedKey> key = m_fixture->generateApiKey(applicationId, lifetimeDays);
    if (!key) {
        qWarning("%s", qPrintable(errorText(key)));
        return {};
    }
    return key.value().apiKey;
}

QString ServeNginxTest::keyIdOf(const QString& applicationId, const QString& apiKey) const
{
    const Result<QList<KeyRecord>> keys = m_fixture->keys()->keysForApp(applicationId);
    for (const KeyRecord& key : keys.value()) {
        if (key.keySha256 == CredentialFormat::sha256Hex(apiKey))
            return key.keyId;
    }
    return {};
}

HttpReply ServeNginxTest::through(const QString& path, const QString& header, const QStringList& more) const
{
    return CurlRequest::get(u"http://127.0.0.1:%1%2"_s.arg(m_front).arg(path),
                            (header.isEmpty() ? QStringList() : QStringList{header}) + more);
}

void ServeNginxTest::aValidKeyReachesTheUpstreamWithItsApp_data()
{
    QTest::addColumn<QString>("header");
    QTest::newRow("Authorization: apikey") << u"Authorization: apikey "_s + m_bookingKey;
    QTest::newRow("Authorization: Bearer") << u"Authorization: Bearer "_s + m_bookingKey;
    QTest::newRow("X-API-Key") << u"X-API-Key: "_s + m_bookingKey;
}

void ServeNginxTest::aValidKeyReachesTheUpstreamWithItsApp()
{
    QFETCH(QString, header);
    const HttpReply reply = through(u"/api/appointments"_s, header);
    QVERIFY2(reply.failure.isEmpty(), qPrintable(reply.failure));
    QCOMPARE(reply.status, 200);
    QCOMPARE(QString::fromUtf8(reply.body),
             upstreamBody(m_bookingId, u"Booking"_s, u"appointments.read,services.read"_s));
    ++m_bookingRequests;
    // A client's own X-AppKeys-* headers are replaced by the service's answer.
    const HttpReply forged = through(u"/api/appointments"_s, header,
                                     {u"X-AppKeys-Application-Id: forged"_s, u"X-AppKeys-Permissions: admin"_s});
    QCOMPARE(QString::fromUtf8(forged.body),
             upstreamBody(m_bookingId, u"Booking"_s, u"appointments.read,services.read"_s));
    ++m_bookingRequests;
}

void ServeNginxTest::whatIsNotAValidKeyGets401_data()
{
    QTest::addColumn<QString>("header");
    QTest::newRow("no header") << QString();
    QTest::newRow("malformed") << u"Authorization: apikey appkey_0000"_s;
    QTest::newRow("unknown") << u"X-API-Key: "_s + CredentialFormat::generate(CredentialKind::ApiKey);
    QTest::newRow("expired") << u"X-API-Key: "_s + m_expiredKey;
    QTest::newRow("inactive app") << u"Authorization: Bearer "_s + m_pausedKey;
}

void ServeNginxTest::whatIsNotAValidKeyGets401()
{
    QFETCH(QString, header);
    const HttpReply reply = through(u"/api/appointments"_s, header);
    QVERIFY2(reply.failure.isEmpty(), qPrintable(reply.failure));
    QCOMPARE(reply.status, 401);
    QVERIFY(!reply.body.contains("app="));
}

void ServeNginxTest::aKeyWithoutTheRequiredPermissionGets403()
{
    const HttpReply refused = through(u"/appointments/today"_s, u"X-API-Key: "_s + m_frontDeskKey);
    QCOMPARE(refused.status, 403);
    QVERIFY(!refused.body.contains("app="));
    const HttpReply granted = through(u"/appointments/today"_s, u"X-API-Key: "_s + m_bookingKey);
    QCOMPARE(granted.status, 200);
    ++m_bookingRequests;
    const HttpReply elsewhere = through(u"/api/guests"_s, u"X-API-Key: "_s + m_frontDeskKey);
    QCOMPARE(elsewhere.status, 200);
    QCOMPARE(QString::fromUtf8(elsewhere.body), upstreamBody(m_frontDeskId, u"Front desk"_s, u"guests.read"_s));
}

void ServeNginxTest::aKeyRevokedMeanwhileIsRefusedWithinASecond()
{
    QCOMPARE(through(u"/api/x"_s, u"X-API-Key: "_s + m_spareKey).status, 200);
    CallbackResult<Status> revoked;
    m_fixture->credentials().revokeKey(m_bookingId, keyIdOf(m_bookingId, m_spareKey), revoked.callback());
    QVERIFY(revoked.wait());
    QVERIFY2(revoked.value().ok(), qPrintable(errorText(revoked.value())));
    QTRY_COMPARE_WITH_TIMEOUT(through(u"/api/x"_s, u"X-API-Key: "_s + m_spareKey).status, 401, RevocationTimeoutMs);
    QCOMPARE(through(u"/api/x"_s, u"X-API-Key: "_s + m_bookingKey).status, 200);
    ++m_bookingRequests;
}

void ServeNginxTest::lastUsedReachesListWrittenOncePerKeyPerBatch()
{
    for (int request = 0; request < 20; ++request) {
        QCOMPARE(through(u"/api/x"_s, u"X-API-Key: "_s + m_bookingKey).status, 200);
        ++m_bookingRequests;
    }
    const QString path = m_fixture->registry().filePath();
    const auto bookingInList = [&path] {
        const CliProcess list = CliProcess::run({u"list"_s, u"--json"_s, u"--database"_s, path});
        for (const QJsonValue& app : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
            if (app.toObject().value(u"name"_s).toString() == u"Booking"_s)
                return app.toObject();
        }
        return QJsonObject();
    };
    // Written within the interval of one second, and the time the command takes.
    QTRY_VERIFY_WITH_TIMEOUT(bookingInList().value(u"last_used_at"_s).isString(), 10000);
    const QDateTime lastUsed =
        QDateTime::fromString(bookingInList().value(u"last_used_at"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(qAbs(lastUsed.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // Every use counted once; then nothing is left to write.
    const QString bookingKeyId = keyIdOf(m_bookingId, m_bookingKey);
    const auto count = [&path](const QString& sql) {
        return RawSql::runOutsideAppKeys(path, sql).second.toLongLong();
    };
    const QString bookingCount = u"SELECT use_count FROM key_usage WHERE key_id = '%1'"_s.arg(bookingKeyId);
    QTRY_COMPARE_WITH_TIMEOUT(count(bookingCount), qint64(m_bookingRequests), 10000);
    const QByteArray metrics = HttpExchange::get(m_serve->port(), "/metrics").body;
    QCOMPARE(m_serve->stop(), 0);

    // Each batch wrote each key once: as many writes as keys in the batches, and no key written more often than
    // there were batches.
    const auto metric = [&metrics](const QByteArray& name) {
        const qsizetype at = metrics.indexOf('\n' + name + ' ') + 1;
        return at <= 0
                   ? -1
                   : metrics.mid(at + name.size() + 1, metrics.indexOf('\n', at) - at - name.size() - 1).toLongLong();
    };
    const qint64 batches = metric("appkeys_last_used_batches_total");
    QVERIFY2(batches >= 1, metrics.constData());
    QCOMPARE(count(u"SELECT COUNT(*) FROM usage_writes"_s), metric("appkeys_last_used_keys_written_total"));
    QVERIFY(count(u"SELECT MAX(writes) FROM (SELECT COUNT(*) AS writes FROM usage_writes GROUP BY key_id)"_s) <=
            batches);
    QCOMPARE(count(u"SELECT COUNT(*) FROM key_usage"_s), 3); // the booking key, the spare key, the front desk's
}

QTEST_GUILESS_MAIN(ServeNginxTest)
#include "tst_serve_nginx.moc"
