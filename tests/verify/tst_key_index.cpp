#include "CredentialFormat.h"
#include "Database.h"
#include "ErrorText.h"
#include "FixedClock.h"
#include "IndexRefresher.h"
#include "KeyChecker.h"
#include "KeyIndex.h"
#include "KeyUsageRepository.h"
#include "RawSql.h"
#include "SampleApps.h"
#include "ServiceLog.h"
#include "TemporaryRegistry.h"
#include "TestEngine.h"
#include "UsageRecorder.h"
#include "UsageTally.h"
#include "VerificationMetrics.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

// The registry's clock: keys are issued and revoked at its "now", and verified at the real one, a little later.
const QDateTime Issued = QDateTime::currentDateTimeUtc().addSecs(-3600);
// The service's promise: the index follows the registry within a second.
constexpr int FollowTimeoutMs = 1000;

struct Issue
{
    AppRecord app;
    QString key; ///< plaintext
};

} // namespace

/// The verification service's index (PRODUCT.md section 10): every verdict, the index following each kind of change
/// made on another connection, and "last used" written once per key per batch; on SQLite and on PostgreSQL.
class KeyIndexTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theIndexGivesEveryVerdict();
    void aVerdictSaysWhatTheApiAnswers();
    void theIndexFollowsEveryChangeWithinASecond();
    void usesAreWrittenOncePerKeyPerBatch();
    void anUnreadableRegistryIsReportedAndTheIndexStillServed();

private:
    Issue issue(const QString& name, const QStringList& permissions = {u"appointments.read"_s, u"services.read"_s},
                int lifetimeDays = 365);
    QString addKey(const QString& applicationId, int lifetimeDays = 365);
    /// The stored record of a key: by its hash, as keys issued in the same second have no order.
    KeyRecord recordOf(const QString& applicationId, const QString& key) const;
    /// Starts following the registry on a connection of its own, as `appkeys serve` does.
    void follow();
    VerificationCode codeOf(const QString& key, const QStringList& required = {}) const;

    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<TemporaryRegistry> m_registry;
    std::shared_ptr<Database> m_serviceDatabase;
    KeyIndex m_index;
    VerificationMetrics m_metrics;
    QString m_logText;
    std::unique_ptr<QTextStream> m_logStream;
    std::unique_ptr<ServiceLog> m_log;
    std::unique_ptr<IndexRefresher> m_refresher;
};

void KeyIndexTest::initTestCase()
{
    if (const QString unavailable = TestEngine::unavailableReason(); !unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    qInfo("Storage engine: %s", qPrintable(TestEngine::name()));
}

void KeyIndexTest::init()
{
    m_clock = std::make_shared<FixedClock>();
    m_clock->setNowUtc(Issued);
    m_registry = std::make_unique<TemporaryRegistry>(m_clock);
    QVERIFY2(m_registry->isOpen(), qPrintable(m_registry->errorText()));
    m_logText.clear();
    m_logStream = std::make_unique<QTextStream>(&m_logText);
    m_log = std::make_unique<ServiceLog>(*m_logStream);
}

void KeyIndexTest::cleanup()
{
    m_refresher.reset();
    m_serviceDatabase.reset();
    m_index.replaceAll(KeyIndex::Builder());
    m_registry.reset();
}

Issue KeyIndexTest::issue(const QString& name, const QStringList& permissions, int lifetimeDays)
{
    AppRecord app = SampleApps::record(name, m_clock->nowUtc());
    app.scope.permissionIds = permissions;
    if (const Status inserted = m_registry->repository()->insertApp(app); !inserted)
        qWarning("%s", qPrintable(errorText(inserted)));
    return {app, addKey(app.applicationId, lifetimeDays)};
}

QString KeyIndexTest::addKey(const QString& applicationId, int lifetimeDays)
{
    const QString key = CredentialFormat::generate(CredentialKind::ApiKey);
    const KeyRecord record = SampleApps::key(applicationId, m_clock->nowUtc(), lifetimeDays, key);
    if (const Status inserted = m_registry->keys()->insertKey(record); !inserted)
        qWarning("%s", qPrintable(errorText(inserted)));
    return key;
}

KeyRecord KeyIndexTest::recordOf(const QString& applicationId, const QString& key) const
{
    const Result<QList<KeyRecord>> keys = m_registry->keys()->keysForApp(applicationId);
    for (const KeyRecord& record : keys.value()) {
        if (record.keySha256 == CredentialFormat::sha256Hex(key))
            return record;
    }
    return {};
}

void KeyIndexTest::follow()
{
    Result<std::shared_ptr<Database>> opened = m_registry->place().open();
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    m_serviceDatabase = opened.value();
    m_refresher = std::make_unique<IndexRefresher>(m_serviceDatabase, m_index, m_metrics, *m_log);
    const Status started = m_refresher->start();
    QVERIFY2(started.ok(), qPrintable(errorText(started)));
}

VerificationCode KeyIndexTest::codeOf(const QString& key, const QStringList& required) const
{
    return m_index.verify(key, required, QDateTime::currentDateTimeUtc()).verdict.code;
}

void KeyIndexTest::theIndexGivesEveryVerdict()
{
    const Issue booking = issue(u"Booking"_s);
    const QString revoked = addKey(booking.app.applicationId);
    const KeyRecord revokedRecord = recordOf(booking.app.applicationId, revoked);
    QVERIFY(m_registry->keys()->revokeKey(booking.app.applicationId, revokedRecord.keyId).ok());
    m_clock->setNowUtc(Issued.addDays(-3));
    const Issue expired = issue(u"Old kiosk"_s, {u"guests.read"_s}, 1);
    m_clock->setNowUtc(Issued);
    const Issue paused = issue(u"Paused"_s);
    QVERIFY(m_registry->repository()->setActive(paused.app.applicationId, false).ok());
    const Issue gone = issue(u"Gone"_s);
    QVERIFY(m_registry->repository()->markDeleted(gone.app.applicationId).ok());
    QString badChecksum = booking.key;
    badChecksum[badChecksum.size() - 1] = badChecksum.back() == u'0' ? u'1' : u'0';
    follow();

    QCOMPARE(m_index.keyCount(), std::size_t(4)); // the deleted app's key is not there
    QCOMPARE(codeOf(booking.key), VerificationCode::Valid);
    QCOMPARE(codeOf(booking.key, {u"services.read"_s, u"appointments.read"_s}), VerificationCode::Valid);
    QCOMPARE(codeOf(booking.key, {u"clients.write"_s}), VerificationCode::InsufficientPermissions);
    QCOMPARE(codeOf(revoked), VerificationCode::Revoked);
    QCOMPARE(codeOf(expired.key), VerificationCode::Expired);
    QCOMPARE(codeOf(paused.key), VerificationCode::Inactive);
    QCOMPARE(codeOf(gone.key), VerificationCode::NotFound);
    QCOMPARE(codeOf(CredentialFormat::generate(CredentialKind::ApiKey)), VerificationCode::NotFound);
    QCOMPARE(codeOf(badChecksum), VerificationCode::Malformed);
    QCOMPARE(codeOf(u"appkey_"_s), VerificationCode::Malformed);
    QCOMPARE(m_metrics.indexedKeys(), std::size_t(4));
}

void KeyIndexTest::aVerdictSaysWhatTheApiAnswers()
{
    const Issue booking = issue(u"Booking"_s);
    follow();
    const KeyIndex::Lookup valid = m_index.verify(booking.key, {}, QDateTime::currentDateTimeUtc());
    QCOMPARE(valid.digest->bytes, KeyDigest::fromRaw(CredentialFormat::sha256(booking.key))->bytes);
    const QJsonObject json = valid.verdict.toJson();
    QCOMPARE(json.keys(), (QStringList{u"app_name"_s, u"application_id"_s, u"code"_s, u"expires_at"_s, u"key_hint"_s,
                                       u"permissions"_s, u"valid"_s}));
    QCOMPARE(json.value(u"valid"_s).toBool(), true);
    QCOMPARE(json.value(u"code"_s).toString(), u"VALID"_s);
    QCOMPARE(json.value(u"application_id"_s).toString(), booking.app.applicationId);
    QCOMPARE(json.value(u"app_name"_s).toString(), u"Booking"_s);
    QCOMPARE(json.value(u"key_hint"_s).toString(), CredentialFormat::hint(booking.key));
    QCOMPARE(json.value(u"permissions"_s).toArray(),
             QJsonArray::fromStringList({u"appointments.read"_s, u"services.read"_s}));
    QCOMPARE(json.value(u"expires_at"_s).toString(), Issued.addDays(365).toString(Qt::ISODateWithMs));

    const QString unknown = CredentialFormat::generate(CredentialKind::ApiKey);
    const QJsonObject notFound = m_index.verify(unknown, {}, QDateTime::currentDateTimeUtc()).verdict.toJson();
    QCOMPARE(notFound.value(u"valid"_s).toBool(), false);
    QCOMPARE(notFound.value(u"code"_s).toString(), u"NOT_FOUND"_s);
    QCOMPARE(notFound.value(u"key_hint"_s).toString(), CredentialFormat::hint(unknown));
    for (const QString& field : {u"application_id"_s, u"app_name"_s, u"expires_at"_s})
        QVERIFY2(notFound.value(field).isNull(), qPrintable(field));
    QCOMPARE(notFound.value(u"permissions"_s).toArray(), QJsonArray());
    const KeyIndex::Lookup malformed = m_index.verify(u"not a key"_s, {}, QDateTime::currentDateTimeUtc());
    QVERIFY(!malformed.digest);
    QVERIFY(malformed.verdict.toJson().value(u"key_hint"_s).isNull());
}

void KeyIndexTest::theIndexFollowsEveryChangeWithinASecond()
{
    const Issue booking = issue(u"Booking"_s);
    follow();
    // The changes come from the repositories of the test's own connection, as from another program.
    const QString second = addKey(booking.app.applicationId);
    QTRY_COMPARE_WITH_TIMEOUT(codeOf(second), VerificationCode::Valid, FollowTimeoutMs);

    const KeyRecord secondRecord = recordOf(booking.app.applicationId, second);
    QVERIFY(m_registry->keys()->revokeKey(booking.app.applicationId, secondRecord.keyId).ok());
    QTRY_COMPARE_WITH_TIMEOUT(codeOf(second), VerificationCode::Revoked, FollowTimeoutMs);
    QCOMPARE(codeOf(booking.key), VerificationCode::Valid);

    QVERIFY(m_registry->repository()->setActive(booking.app.applicationId, false).ok());
    QTRY_COMPARE_WITH_TIMEOUT(codeOf(booking.key), VerificationCode::Inactive, FollowTimeoutMs);
    QVERIFY(m_registry->repository()->setActive(booking.app.applicationId, true).ok());
    QTRY_COMPARE_WITH_TIMEOUT(codeOf(booking.key), VerificationCode::Valid, FollowTimeoutMs);

    AppRecord stored = m_registry->repository()->findApp(booking.app.applicationId).value();
    QVERIFY(m_registry->repository()
                ->updateScope(booking.app.applicationId, stored.rowVersion,
                              AppScope{stored.scope.authMethod, {u"guests.read"_s}})
                .ok());
    QTRY_COMPARE_WITH_TIMEOUT(codeOf(booking.key, {u"appointments.read"_s}), VerificationCode::InsufficientPermissions,
                              FollowTimeoutMs);
    QCOMPARE(codeOf(booking.key, {u"guests.read"_s}), VerificationCode::Valid);

    stored = m_registry->repository()->findApp(booking.app.applicationId).value();
    AppDetails renamed = stored.details;
    renamed.name = u"Booking site"_s;
    QVERIFY(m_registry->repository()->updateDetails(booking.app.applicationId, stored.rowVersion, renamed).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_index.verify(booking.key, {}, QDateTime::currentDateTimeUtc()).verdict.appName,
                              u"Booking site"_s, FollowTimeoutMs);

    QVERIFY(m_registry->repository()->markDeleted(booking.app.applicationId).ok());
    QTRY_COMPARE_WITH_TIMEOUT(codeOf(booking.key), VerificationCode::NotFound, FollowTimeoutMs);
    QCOMPARE(m_index.keyCount(), std::size_t(0));
    QVERIFY(m_metrics.isRegistryReachable());
}

void KeyIndexTest::usesAreWrittenOncePerKeyPerBatch()
{
    const Issue booking = issue(u"Booking"_s);
    const Issue kiosk = issue(u"Kiosk"_s);
    const Issue unused = issue(u"Unused"_s);
    follow();
    UsageTally tally;
    const KeyChecker checker(m_index, m_metrics, &tally, nullptr);
    UsageRecorder recorder(m_serviceDatabase, tally, m_metrics, *m_log, std::chrono::seconds(60));

    for (int request = 0; request < 25; ++request)
        QVERIFY(checker.check(booking.key, {}, "verify").isValid());
    QVERIFY(checker.check(kiosk.key, {}, "verify").isValid());
    QCOMPARE(checker.check(kiosk.key, {u"clients.write"_s}, "verify").code, VerificationCode::InsufficientPermissions);
    QCOMPARE(checker.check(u"garbage"_s, {}, "verify").code, VerificationCode::Malformed);
    recorder.flush();
    for (int request = 0; request < 5; ++request)
        QVERIFY(checker.check(booking.key, {}, "auth").isValid());
    recorder.flush();
    recorder.flush(); // nothing new: nothing written

    const QHash<QString, KeyUsage> usage = KeyUsageRepository(m_registry->database()).all().value();
    QCOMPARE(usage.size(), 2);
    const auto countOf = [&](const Issue& issued) {
        const QString keyId = m_registry->keys()->keysForApp(issued.app.applicationId).value().constFirst().keyId;
        return usage.value(keyId).count;
    };
    QCOMPARE(countOf(booking), 30);
    QCOMPARE(countOf(kiosk), 1);
    QCOMPARE(countOf(unused), 0);
    const QByteArray metrics = m_metrics.prometheusText();
    QVERIFY2(metrics.contains("appkeys_last_used_batches_total 2\n"), metrics.constData());
    QVERIFY2(metrics.contains("appkeys_last_used_keys_written_total 3\n"), metrics.constData());
    QVERIFY2(metrics.contains("appkeys_verifications_total{code=\"VALID\"} 31\n"), metrics.constData());
    QVERIFY2(metrics.contains("appkeys_verifications_total{code=\"MALFORMED\"} 1\n"), metrics.constData());
    QVERIFY2(metrics.contains("appkeys_verifications_total{code=\"INSUFFICIENT_PERMISSIONS\"} 1\n"),
             metrics.constData());
}

void KeyIndexTest::anUnreadableRegistryIsReportedAndTheIndexStillServed()
{
    if (TestEngine::current() != SqlDialect::Engine::Sqlite)
        QSKIP("Made unreadable by renaming a table in the file; the PostgreSQL case is the same code.");
    const Issue booking = issue(u"Booking"_s);
    follow();
    QVERIFY(RawSql::executeOutsideAppKeys(m_registry->filePath(), u"ALTER TABLE audit_log RENAME TO moved"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!m_metrics.isRegistryReachable(), FollowTimeoutMs);
    QVERIFY2(m_logText.contains(u"could not read the registry, so the index may fall behind it"_s),
             qPrintable(m_logText));
    QCOMPARE(codeOf(booking.key), VerificationCode::Valid);

    QVERIFY(RawSql::executeOutsideAppKeys(m_registry->filePath(), u"ALTER TABLE moved RENAME TO audit_log"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_metrics.isRegistryReachable(), FollowTimeoutMs);
    QVERIFY2(m_logText.contains(u"the registry answers again"_s), qPrintable(m_logText));
}

QTEST_GUILESS_MAIN(KeyIndexTest)
#include "tst_key_index.moc"
