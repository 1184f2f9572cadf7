#include "CliProcess.h"
#include "CredentialFormat.h"
#include "ErrorText.h"
#include "FixedClock.h"
#include "HttpExchange.h"
#include "SampleApps.h"
#include "ServeProcess.h"
#include "TemporaryRegistry.h"
#include "TestEngine.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

// The service's promise: a revocation is refused within a second, by every instance.
constexpr int RevocationTimeoutMs = 1000;

} // namespace

/// Scaling out (PRODUCT.md section 10): several `appkeys serve` processes on one PostgreSQL registry, each as the
/// verification service's role with its password in a libpq password file (no keychain), each following the registry
/// by LISTEN/NOTIFY, so that a revocation made by an admin is refused by both within a second.
class ServePostgresTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoServicesBothRefuseARevokedKeyWithinASecond();
    void aNewKeyIsAcceptedByBothWithinASecond();
    void theServicesRecordUsageAsTheirRole();
    void cleanupTestCase();

private:
    int statusAt(ServeProcess& serve, const QString& key) const;
    /// The number of keys in the service's index, as /healthz says.
    qint64 keysAt(ServeProcess& serve) const;

    std::unique_ptr<TemporaryRegistry> m_registry;
    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
    std::unique_ptr<ServeProcess> m_first;
    std::unique_ptr<ServeProcess> m_second;
    AppRecord m_app;
    QString m_key;
    KeyRecord m_keyRecord;
};

void ServePostgresTest::initTestCase()
{
    if (const QString unavailable = TestEngine::unavailableReason(); !unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    auto clock = std::make_shared<FixedClock>();
    clock->setNowUtc(QDateTime::currentDateTimeUtc().addSecs(-60));
    m_registry = std::make_unique<TemporaryRegistry>(clock);
    QVERIFY2(m_registry->isOpen(), qPrintable(m_registry->errorText()));
    m_app = SampleApps::record(u"Booking"_s, clock->nowUtc());
    QVERIFY(m_registry->repository()->insertApp(m_app).ok());
    m_key = CredentialFormat::generate(CredentialKind::ApiKey);
    m_keyRecord = SampleApps::key(m_app.applicationId, clock->nowUtc(), 365, m_key);
    QVERIFY(m_registry->keys()->insertKey(m_keyRecord).ok());

    // libpq's password file, as a systemd credential would provide it: host:port:database:role:password, mode 0600.
    const QUrl url(m_registry->place().verifierUrl());
    QFile passwords(m_home.filePath(u"pgpass"_s));
    QVERIFY(passwords.open(QIODevice::WriteOnly));
    passwords.write(u"%1:%2:%3:%4:%5\n"_s.arg(url.host())
                        .arg(url.port())
                        .arg(url.path().mid(1), url.userName(), m_registry->place().verifierPassword())
                        .toUtf8());
    passwords.close();
    QVERIFY(passwords.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(u"PGPASSFILE"_s, passwords.fileName());
    // A home without a keychain or settings: the service needs neither.
    m_environment.insert(u"HOME"_s, m_home.path());
    m_environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);

    m_first = std::make_unique<ServeProcess>(CliProcess::program());
    m_second = std::make_unique<ServeProcess>(CliProcess::program());
    QVERIFY2(m_first->start(m_registry->place().verifierUrl(), {u"--last-used-interval"_s, u"1"_s}, m_environment),
             qPrintable(m_first->errorText()));
    QVERIFY2(m_second->start(m_registry->place().verifierUrl(), {u"--last-used-interval"_s, u"1"_s}, m_environment),
             qPrintable(m_second->errorText()));
}

void ServePostgresTest::cleanupTestCase()
{
    m_first.reset();
    m_second.reset();
    m_registry.reset();
}

int ServePostgresTest::statusAt(ServeProcess& serve, const QString& key) const
{
    return HttpExchange::get(serve.port(), "/v1/auth", {{"X-API-Key", key.toLatin1()}}).status;
}

qint64 ServePostgresTest::keysAt(ServeProcess& serve) const
{
    return HttpExchange::get(serve.port(), "/healthz").json().value(u"keys"_s).toInteger();
}

void ServePostgresTest::twoServicesBothRefuseARevokedKeyWithinASecond()
{
    QCOMPARE(statusAt(*m_first, m_key), 204);
    QCOMPARE(statusAt(*m_second, m_key), 204);
    QVERIFY(m_registry->keys()->revokeKey(m_app.applicationId, m_keyRecord.keyId).ok());
    QTRY_COMPARE_WITH_TIMEOUT(statusAt(*m_first, m_key), 401, RevocationTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(statusAt(*m_second, m_key), 401, RevocationTimeoutMs);
}

void ServePostgresTest::aNewKeyIsAcceptedByBothWithinASecond()
{
    const QString key = CredentialFormat::generate(CredentialKind::ApiKey);
    QCOMPARE(statusAt(*m_first, key), 401);
    QVERIFY(m_registry->keys()
                ->insertKey(SampleApps::key(m_app.applicationId, QDateTime::currentDateTimeUtc(), 30, key))
                .ok());
    QTRY_COMPARE_WITH_TIMEOUT(statusAt(*m_first, key), 204, RevocationTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(statusAt(*m_second, key), 204, RevocationTimeoutMs);
    m_key = key;
}

void ServePostgresTest::theServicesRecordUsageAsTheirRole()
{
    // A key no request has used yet, seen by both services through their index size, not through a use.
    const QString key = CredentialFormat::generate(CredentialKind::ApiKey);
    const qint64 keysBefore = keysAt(*m_first);
    QVERIFY(m_registry->keys()
                ->insertKey(SampleApps::key(m_app.applicationId, QDateTime::currentDateTimeUtc(), 30, key))
                .ok());
    QTRY_COMPARE_WITH_TIMEOUT(keysAt(*m_first), keysBefore + 1, RevocationTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(keysAt(*m_second), keysBefore + 1, RevocationTimeoutMs);
    m_key = key;
    for (int request = 0; request < 3; ++request) {
        QCOMPARE(statusAt(*m_first, m_key), 204);
        QCOMPARE(statusAt(*m_second, m_key), 204);
    }
    // Both write their batches to the same row, adding up.
    const QString sql = u"SELECT use_count FROM key_usage JOIN api_keys USING (key_id) WHERE key_sha256 = '%1'"_s.arg(
        CredentialFormat::sha256Hex(m_key));
    QTRY_COMPARE_WITH_TIMEOUT(m_registry->place().queryOutsideAppKeys(sql).toLongLong(), 6, 10000);
    QCOMPARE(m_first->stop(), 0);
    QCOMPARE(m_second->stop(), 0);
    QVERIFY2(!m_first->log().contains(u"could not"_s), qPrintable(m_first->log()));
}

QTEST_GUILESS_MAIN(ServePostgresTest)
#include "tst_serve_postgres.moc"
