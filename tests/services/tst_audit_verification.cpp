#include "AppRepository.h"
#include "AuditCheckpointComparison.h"
#include "AuditCheckpointRecorder.h"
#include "AuditCheckpointStore.h"
#include "AuditLog.h"
#include "AuditTableComparison.h"
#include "AuditTrailTampering.h"
#include "AuditVerification.h"
#include "CredentialFormat.h"
#include "ErrorCode.h"
#include "ErrorText.h"
#include "FixedClock.h"
#include "KeyRepository.h"
#include "KeychainSecretStore.h"
#include "NewApiKey.h"
#include "ReadSnapshot.h"
#include "SampleApps.h"
#include "SecretEntryKeys.h"
#include "TemporaryRegistry.h"
#include "TestEngine.h"
#include "TestKeychain.h"
#include "TranslationLoader.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <future>
#include <thread>

using namespace Qt::StringLiterals;
using namespace AppKeys;

/// `appkeys audit verify` as the services run it (AuditVerification), on a real registry of the engine under test
/// and the real keychain: the checkpoints this machine keeps outside the database catch a trail that was cut short or
/// rewritten with recomputed hashes, naming the last entry still as it was seen; the tables are checked against the
/// trail.
class AuditVerificationTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void anIntactTrailVerifiesAndItsHeadIsKept();
    void truncatingTheNewestEntryIsCaught();
    void deletingAMiddleEntryWithTheRestRehashedIsCaught();
    void rewritingAnEntryWithRecomputedHashesIsCaught();
    void aCheckpointLineFromElsewhereIsChecked();
    void rowsPutInPastAppKeysAreReported_data();
    void rowsPutInPastAppKeysAreReported();
    void entriesWithoutFingerprintsAreCheckedByHint();
    void aSearchIndexThatSkipsAppsIsReported_data();
    void aSearchIndexThatSkipsAppsIsReported();
    void anAlteredCheckpointFileIsRefused();
    void aChangeCommittedDuringTheVerificationIsNotSeen();
    void theTablesAreComparedOnThisConnectionWhenNoOtherOpens();
    void twoConnectionsShareTheSlicesAndFindWhatOneFinds();

private:
    /// Four changes through the repositories, each with its checkpoint (the recorder is attached): entries 1 to 5.
    void writeFiveEntries();
    Result<AuditVerification::Report> verify(std::optional<AuditCheckpoint> against = std::nullopt) const;
    QString seenOn(qint64 sequence) const;

    QTemporaryDir m_dataHome;
    std::shared_ptr<KeychainSecretStore> m_secrets = std::make_shared<KeychainSecretStore>();
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<TemporaryRegistry> m_registry;
    AppRecord m_app;
    KeyRecord m_key;
};

void AuditVerificationTest::initTestCase()
{
    if (const QString unavailable = TestEngine::unavailableReason(); !unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    const QString problem = TestKeychain::environmentProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // This machine's checkpoint files go to a folder of the test's own.
    QVERIFY(m_dataHome.isValid());
    // The English plural forms ("1 problem.").
    QVERIFY(TranslationLoader::install(u"en"_s).ok());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataHome.path()));
    qInfo("Storage engine: %s", qPrintable(TestEngine::name()));
}

void AuditVerificationTest::init()
{
    m_clock = std::make_shared<FixedClock>();
    m_registry = std::make_unique<TemporaryRegistry>(m_clock);
    QVERIFY2(m_registry->isOpen(), qPrintable(m_registry->errorText()));
    const Status attached = AuditCheckpointRecorder::attachAndWait(m_registry->database(), m_secrets);
    QVERIFY2(attached.ok(), qPrintable(errorText(attached)));
}

void AuditVerificationTest::cleanup()
{
    if (m_registry && m_registry->database()) {
        const QString registryId = m_registry->database()->registryId();
        QVERIFY(TestKeychain::remove(SecretEntryKeys::auditCheckpointKey(registryId)).ok());
        QFile::remove(AuditCheckpointStore::pathFor(registryId));
    }
    m_registry.reset();
}

void AuditVerificationTest::writeFiveEntries()
{
    const QString secret = CredentialFormat::generate(CredentialKind::Secret);
    m_app = SampleApps::record(u"Front desk"_s, m_clock->nowUtc());
    m_app.secretSha256 = CredentialFormat::sha256Hex(secret);
    m_app.secretHint = CredentialFormat::hint(secret);
    QVERIFY(m_registry->repository()->insertApp(m_app).ok());
    m_key = NewApiKey::generate(m_app.applicationId, u"tester@example"_s, m_clock->nowUtc(), 365).record;
    m_clock->setNowUtc(m_clock->nowUtc().addSecs(60));
    QVERIFY(m_registry->keys()->insertKey(m_key).ok());
    m_clock->setNowUtc(m_clock->nowUtc().addSecs(60));
    QVERIFY(m_registry->repository()->recordSecretRead(m_app.applicationId).ok());
    QVERIFY(m_registry->keys()->recordKeyRead(m_app.applicationId, m_key.keyId).ok());
    QVERIFY(m_registry->repository()->recordSecretRead(m_app.applicationId).ok());
}

Result<AuditVerification::Report> AuditVerificationTest::verify(std::optional<AuditCheckpoint> against) const
{
    return AuditVerification(m_registry->database(), m_secrets).runAndWait(std::move(against));
}

QString AuditVerificationTest::seenOn(qint64 sequence) const
{
    auto store = std::make_shared<AuditCheckpointStore>(m_secrets, m_registry->database()->registryId());
    std::optional<Status> unlocked;
    store->unlock([&unlocked](Status status) { unlocked = status; });
    if (!QTest::qWaitFor([&unlocked] { return unlocked.has_value(); }, 30000) || !unlocked->ok())
        return u"(the checkpoints could not be unlocked)"_s;
    const Result<QList<AuditCheckpoint>> kept = store->read();
    if (!kept)
        return kept.error().message;
    for (const AuditCheckpoint& checkpoint : kept.value())
        if (checkpoint.sequence == sequence)
            return AuditCheckpointComparison::dateText(checkpoint.seenAt);
    return u"(no checkpoint of entry %1)"_s.arg(sequence);
}

void AuditVerificationTest::anIntactTrailVerifiesAndItsHeadIsKept()
{
    writeFiveEntries();
    const Result<AuditVerification::Report> first = verify();
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    QCOMPARE(first.value().entryCount, 5);
    QCOMPARE(first.value().head.sequence, 5);
    QCOMPARE(first.value().head.hash, AuditLog(m_registry->database()).entries().value().constLast().hash);
    // The recorder kept entry 5 when it was written.
    QVERIFY(first.value().confirmedCheckpoint.has_value());
    QCOMPARE(first.value().confirmedCheckpoint->sequence, 5);
    QCOMPARE(first.value().tables.checkedApps(), 1);
    QCOMPARE(first.value().tables.checkedKeys(), 1);
    QVERIFY(first.value().tables.comparedHashes());

    // The file is private, and its key is in the keychain, not in a file.
    const QString path = AuditCheckpointStore::pathFor(m_registry->database()->registryId());
    QCOMPARE(QFileInfo(path).permissions(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    QCOMPARE(QFileInfo(QFileInfo(path).absolutePath()).permissions(), QFile::ReadOwner | QFile::WriteOwner |
                                                                          QFile::ExeOwner | QFile::ReadUser |
                                                                          QFile::WriteUser | QFile::ExeUser);
    QVERIFY(TestKeychain::holds(SecretEntryKeys::auditCheckpointKey(m_registry->database()->registryId())));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 6); // entries 1 to 5, and the end of the last line
    QVERIFY2(lines.at(4).startsWith(first.value().head.toLine().section(u" seen="_s, 0, 0).toUtf8()),
             lines.at(4).constData());
}

void AuditVerificationTest::truncatingTheNewestEntryIsCaught()
{
    writeFiveEntries();
    QVERIFY(AuditTrailTampering::removeNewest(m_registry->place(), m_registry->database()));

    const Result<AuditVerification::Report> verified = verify();
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().code, ErrorCode::AuditTrailRewritten);
    QCOMPARE(
        verified.error().message,
        u"The audit trail was truncated or rewritten after entry 4, which this machine saw on %1."_s.arg(seenOn(4)));
    QVERIFY2(verified.error().hint.startsWith(u"This machine saw entry 5 on %1 with the hash"_s.arg(seenOn(5))),
             qPrintable(verified.error().hint));
    QVERIFY2(verified.error().hint.contains(u"The trail now ends at entry 4."_s), qPrintable(verified.error().hint));
}

void AuditVerificationTest::deletingAMiddleEntryWithTheRestRehashedIsCaught()
{
    writeFiveEntries();
    QVERIFY(AuditTrailTampering::removeAndRehash(m_registry->place(), m_registry->database(), 3));
    // The chain itself is valid again: only the checkpoints can tell.
    QVERIFY(!AuditLog(m_registry->database()).verify().value().has_value());

    const Result<AuditVerification::Report> verified = verify();
    QVERIFY(!verified.ok());
    QCOMPARE(
        verified.error().message,
        u"The audit trail was truncated or rewritten after entry 2, which this machine saw on %1."_s.arg(seenOn(2)));
    QVERIFY2(verified.error().hint.contains(u"The trail's entry 3 now has another hash."_s),
             qPrintable(verified.error().hint));
}

void AuditVerificationTest::rewritingAnEntryWithRecomputedHashesIsCaught()
{
    writeFiveEntries();
    QVERIFY(AuditTrailTampering::rewriteAndRehash(m_registry->place(), m_registry->database(), 4, u"mallory"_s));
    QVERIFY(!AuditLog(m_registry->database()).verify().value().has_value());

    const Result<AuditVerification::Report> verified = verify();
    QVERIFY(!verified.ok());
    QCOMPARE(
        verified.error().message,
        u"The audit trail was truncated or rewritten after entry 3, which this machine saw on %1."_s.arg(seenOn(3)));
}

void AuditVerificationTest::aCheckpointLineFromElsewhereIsChecked()
{
    writeFiveEntries();
    const AuditCheckpoint line = verify().value().head;

    const Result<AuditVerification::Report> holds = verify(line);
    QVERIFY2(holds.ok(), qPrintable(errorText(holds)));
    QCOMPARE(holds.value().confirmedLine, std::optional(line));

    // A machine that never saw the trail, with only the line kept in a ticket.
    QFile::remove(AuditCheckpointStore::pathFor(m_registry->database()->registryId()));
    QVERIFY(AuditTrailTampering::removeAndRehash(m_registry->place(), m_registry->database(), 2));
    const Result<AuditVerification::Report> broken = verify(line);
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().message,
             u"The audit trail was truncated or rewritten at or before entry 5, which the given checkpoint saw on "
             "%1."_s.arg(AuditCheckpointComparison::dateText(line.seenAt)));
    QVERIFY2(broken.error().hint.contains(u"The trail now ends at entry 4."_s), qPrintable(broken.error().hint));

    AuditCheckpoint other = line;
    other.registryId = u"00000000-0000-4000-8000-000000000000"_s;
    const Result<AuditVerification::Report> elsewhere = verify(other);
    QVERIFY(!elsewhere.ok());
    QCOMPARE(
        elsewhere.error().message,
        u"The checkpoint is of another registry (00000000-0000-4000-8000-000000000000), not of this one (%1)."_s.arg(
            m_registry->database()->registryId()));
}

void AuditVerificationTest::rowsPutInPastAppKeysAreReported_data()
{
    QTest::addColumn<QString>("tampering");
    QTest::addColumn<QString>("expectedFinding");

    const QString otherHash = CredentialFormat::sha256Hex(CredentialFormat::generate(CredentialKind::ApiKey));
    QTest::newRow("api_keys row") << u"INSERT INTO api_keys (key_id, application_id, key_sha256, key_hint, created_by,"
                                     " created_at, expires_at) SELECT 'minted-key', application_id, '%1',"
                                     " 'appkey_…mint', 'mallory', '2025-03-03T09:00:00.000Z',"
                                     " '2035-03-03T09:00:00.000Z' FROM apps"_s.arg(otherHash)
                                  << u"The API key appkey_…mint of the app “Front desk” is in the registry, but no "
                                     "entry of the audit trail issued it."_s;
    QTest::newRow("apps row") << u"INSERT INTO apps (application_id, name, name_key, uri, login_user_type, source_app,"
                                 " auth_method, secret_sha256, secret_hint, created_by, created_at, updated_at)"
                                 " VALUES ('c0ffee00-0000-4000-8000-000000000000', 'Backdoor', 'backdoor',"
                                 " 'https://evil.example', 'employee', 'bot', 'apikey_groups', '%1',"
                                 " 'appsec_…evil', 'mallory', '2025-03-03T09:00:00.000Z',"
                                 " '2025-03-03T09:00:00.000Z')"_s.arg(otherHash)
                              << u"The app “Backdoor” (c0ffee00-0000-4000-8000-000000000000) is in the registry, but "
                                 "no entry of the audit trail created it."_s;
    QTest::newRow("secret replaced") << u"UPDATE apps SET secret_sha256 = '%1'"_s.arg(otherHash)
                                     << u"The secret of the app “Front desk” in the registry is not the one entry 1 "
                                        "issued."_s;
    QTest::newRow("key replaced") << u"UPDATE api_keys SET key_sha256 = '%1'"_s.arg(otherHash)
                                  << u"The API key %1 of the app “Front desk” in the registry is not the one entry 2 "
                                     "issued."_s;
    QTest::newRow("permission added") << u"INSERT INTO app_permissions (application_id, permission_id)"
                                         " SELECT application_id, 'payments.card' FROM apps"_s
                                      << u"The field “permissions” of the app “Front desk” in the registry is not "
                                         "what entry 1 recorded."_s;
    QTest::newRow("key deleted") << u"DELETE FROM api_keys"_s
                                 << u"Entry 2 issued the API key %1 of the app “Front desk”, but the registry has no "
                                    "such key."_s;
    QTest::newRow("key lives longer") << u"UPDATE api_keys SET expires_at = '2099-01-01T00:00:00.000Z'"_s
                                      << u"The API key %1 of the app “Front desk” expires at "
                                         "2099-01-01T00:00:00.000Z in the registry, but entry 2 recorded %2."_s;
}

void AuditVerificationTest::rowsPutInPastAppKeysAreReported()
{
    QFETCH(QString, tampering);
    QFETCH(QString, expectedFinding);
    writeFiveEntries();
    QVERIFY(verify().ok());
    QVERIFY(m_registry->place().executeOutsideAppKeys(tampering));

    const Result<AuditVerification::Report> verified = verify();
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().code, ErrorCode::AuditTrailMismatch);
    QCOMPARE(verified.error().message, u"The registry's tables do not match the audit trail: 1 problem."_s);
    QCOMPARE(verified.error().hint, QString(expectedFinding)
                                        .replace(u"%1"_s, m_key.keyHint)
                                        .replace(u"%2"_s, m_key.expiresAt.toUTC().toString(Qt::ISODateWithMs)));
}

void AuditVerificationTest::aSearchIndexThatSkipsAppsIsReported_data()
{
    QTest::addColumn<QStringList>("tampering");
    QTest::addColumn<QString>("finding");
    QTest::newRow("trigger dropped") << QStringList{u"DROP TRIGGER app_search_insert"_s}
                                     << u"its part “app_search_insert” is missing or was changed"_s;
    QTest::newRow("trigger narrowed")
        << QStringList{u"DROP TRIGGER app_search_after_update"_s,
                       u"CREATE TRIGGER app_search_after_update AFTER UPDATE OF name ON apps BEGIN SELECT 1; END"_s}
        << u"its part “app_search_after_update” is missing or was changed"_s;
    QTest::newRow("view changed") << QStringList{u"DROP VIEW app_search_text"_s,
                                                 u"CREATE VIEW app_search_text AS SELECT 1 AS search_row, '' AS text"_s}
                                  << u"its part “app_search_text” is missing or was changed"_s;
    QTest::newRow("row deleted") << QStringList{u"DELETE FROM app_search_rows"_s} << u"1 app has no row in it"_s;
}

void AuditVerificationTest::aSearchIndexThatSkipsAppsIsReported()
{
    if (TestEngine::current() == SqlDialect::Engine::Postgres)
        QSKIP("PostgreSQL keeps its index itself.");
    QFETCH(QStringList, tampering);
    QFETCH(QString, finding);
    writeFiveEntries();
    QVERIFY(verify().ok());
    for (const QString& statement : tampering)
        QVERIFY(m_registry->place().executeOutsideAppKeys(statement));

    const Result<AuditVerification::Report> verified = verify();
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().code, ErrorCode::SearchIndexMismatch);
    QCOMPARE(verified.error().message, u"The search index does not match the apps: %1."_s.arg(finding));
}

void AuditVerificationTest::entriesWithoutFingerprintsAreCheckedByHint()
{
    writeFiveEntries();
    // As entries written before schema version 4 are: no fingerprint of the secret or the key. This machine saw the
    // trail as it was; forget that, as a machine that only knows the older trail would.
    QFile::remove(AuditCheckpointStore::pathFor(m_registry->database()->registryId()));
    for (const QString& field : {u"secret_fingerprint"_s, u"key_fingerprint"_s}) {
        const QString strip = TestEngine::current() == SqlDialect::Engine::Postgres
                                  ? u"UPDATE audit_log SET details = (details::jsonb - '%1')::text"_s.arg(field)
                                  : u"UPDATE audit_log SET details = json_remove(details, '$.%1')"_s.arg(field);
        QVERIFY(m_registry->place().executeOutsideAppKeys(strip));
    }
    QVERIFY(AuditTrailTampering::rewriteAndRehash(m_registry->place(), m_registry->database(), 1,
                                                  m_registry->database()->actor()));
    QVERIFY(verify().ok());

    // A key swapped for one with the same hint cannot be told apart; one with another hint can.
    QVERIFY(m_registry->place().executeOutsideAppKeys(u"UPDATE api_keys SET key_hint = 'appkey_…0000'"_s));
    const Result<AuditVerification::Report> verified = verify();
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().hint,
             u"The API key appkey_…0000 of the app “Front desk” in the registry is not the one entry 2 issued."_s);
}

void AuditVerificationTest::anAlteredCheckpointFileIsRefused()
{
    writeFiveEntries();
    const QString path = AuditCheckpointStore::pathFor(m_registry->database()->registryId());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray content = file.readAll();
    file.close();
    // Someone who can write the file but not read the keychain moves the head back to entry 3.
    const qsizetype third = content.indexOf(" entry=3 ");
    QVERIFY(third > 0);
    content.replace(third, 9, " entry=2 ");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();

    const Result<AuditVerification::Report> verified = verify();
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().message,
             u"This machine's audit checkpoints %1 were altered (line 3): they cannot be trusted."_s.arg(path));
}

QTEST_GUILESS_MAIN(AuditVerificationTest)
void AuditVerificationTest::aChangeCommittedDuringTheVerificationIsNotSeen()
{
    writeFiveEntries();
    // Reads, which change no table, so that the walk reports its progress once, at entry 10,000.
    QSqlDatabase db = m_registry->database()->connection();
    QVERIFY(db.transaction());
    for (qint64 read = 0; read < AuditVerification::ProgressInterval; ++read) {
        QVERIFY(AuditLog::appendInTransaction(db, u"support@desk"_s, m_clock->nowUtc(), AuditAction::SecretRevealed,
                                              m_app.applicationId, {}, {})
                    .ok());
    }
    QVERIFY(db.commit());
    const qint64 entries = 5 + AuditVerification::ProgressInterval;
    const Result<std::shared_ptr<AppRepository>> otherAdmin = m_registry->openAnother();
    QVERIFY2(otherAdmin.ok(), qPrintable(errorText(otherAdmin)));

    // Another admin adds an app (its row and its entry) while the chain is being walked.
    bool added = false;
    QList<qint64> appTotals;
    const auto progress = [&](AuditVerification::Stage stage, qint64, qint64 total) {
        if (stage == AuditVerification::Stage::Tables)
            appTotals.append(total);
        else if (!added)
            added = otherAdmin.value()->insertApp(SampleApps::record(u"Added meanwhile"_s, m_clock->nowUtc())).ok();
    };
    const Result<AuditVerification::Report> during =
        AuditVerification(m_registry->database(), m_secrets).runAndWait(std::nullopt, progress);
    QVERIFY(added);
    QVERIFY2(during.ok(), qPrintable(errorText(during)));
    // The chain, its head and the tables as they stood when it began: one app, not two.
    QCOMPARE(during.value().entryCount, entries);
    QCOMPARE(during.value().head.sequence, entries);
    QCOMPARE(appTotals, QList<qint64>{1});

    const Result<AuditVerification::Report> after = verify();
    QVERIFY2(after.ok(), qPrintable(errorText(after)));
    QCOMPARE(after.value().entryCount, entries + 1);
}

void AuditVerificationTest::theTablesAreComparedOnThisConnectionWhenNoOtherOpens()
{
    if (TestEngine::current() != SqlDialect::Engine::Sqlite)
        QSKIP("A registry file moved away while it is open is an SQLite case.");
    writeFiveEntries();
    // Moved away while open, as in a file manager: this connection keeps its file, a second one finds none.
    const QString movedTo = m_registry->filePath() + u".moved"_s;
    QVERIFY(QFile::rename(m_registry->filePath(), movedTo));
    const bool secondOpened = m_registry->database()->openReader().ok();
    QList<qint64> compared;
    const Result<AuditVerification::Report> verified =
        AuditVerification(m_registry->database(), m_secrets)
            .runAndWait(std::nullopt, [&compared](auto stage, qint64 checked, qint64) {
                if (stage == AuditVerification::Stage::Tables)
                    compared.append(checked);
            });
    QVERIFY(QFile::rename(movedTo, m_registry->filePath()));
    QVERIFY(!secondOpened);
    QVERIFY2(verified.ok(), qPrintable(errorText(verified)));
    QCOMPARE(verified.value().entryCount, 5);
    QCOMPARE(verified.value().tables.checkedApps(), 1);
    QCOMPARE(verified.value().tables.checkedKeys(), 1);
    QCOMPARE(compared, QList<qint64>{1});
}

namespace {

QStringList findingTexts(const AuditTableCheck& check)
{
    QStringList texts;
    for (const AuditTableCheck::Finding& finding : check.findings())
        texts.append(finding.text);
    return texts;
}

} // namespace

/// What `audit verify` does beside the walk of the chain (ConcurrentTableComparison): a thread and this one, each with
/// its own connection, take the slices in turn, and together find what one connection alone finds, in its order.
void AuditVerificationTest::twoConnectionsShareTheSlicesAndFindWhatOneFinds()
{
    for (int app = 1; app <= 5; ++app)
        QVERIFY(m_registry->repository()->insertApp(SampleApps::record(u"App %1"_s.arg(app), m_clock->nowUtc())).ok());
    const QString otherHash = CredentialFormat::sha256Hex(CredentialFormat::generate(CredentialKind::Secret));
    QVERIFY(m_registry->place().executeOutsideAppKeys(u"UPDATE apps SET secret_sha256 = '%1'"_s.arg(otherHash)));
    const Result<AuditTableCheck> alone = AuditTableComparison::compare(m_registry->database(), {});
    QVERIFY2(alone.ok(), qPrintable(errorText(alone)));
    QCOMPARE(alone.value().findings().size(), 5);

    // A slice of one app each; each side waits, after its first slice, until the other has compared one too.
    AuditTableComparison shared(1);
    std::promise<void> threadCompared;
    std::promise<void> thisCompared;
    // Taken before the thread starts, so that neither side takes a future while the other sets its value.
    std::future<void> threadComparedOne = threadCompared.get_future();
    std::future<void> thisComparedOne = thisCompared.get_future();
    const auto waitForTheOther = [](std::promise<void>& mine, std::future<void>& theirs, int& slices) {
        if (slices++ == 0) {
            mine.set_value();
            theirs.wait_for(std::chrono::seconds(30));
        }
    };
    int threadSlices = 0;
    Status threadOutcome(Error{u"not run"_s, {}});
    std::thread thread([&] {
        const Result<std::shared_ptr<Database>> reader = m_registry->database()->openReader();
        if (!reader) {
            threadOutcome = reader.error();
            return;
        }
        ReadSnapshot snapshot(reader.value()->connection());
        if (const Result<QString> begun = snapshot.begin(); !begun) {
            threadOutcome = begun.error();
            return;
        }
        threadOutcome = shared.compareSlices(
            reader.value(), [&](qint64, qint64) { waitForTheOther(threadCompared, thisComparedOne, threadSlices); });
    });
    int slices = 0;
    qint64 total = 0;
    const Status own = shared.compareSlices(m_registry->database(), [&](qint64, qint64 apps) {
        total = apps;
        waitForTheOther(thisCompared, threadComparedOne, slices);
    });
    thread.join();
    QVERIFY2(own.ok(), qPrintable(errorText(own)));
    QVERIFY2(threadOutcome.ok(), qPrintable(errorText(threadOutcome)));
    QVERIFY(threadSlices >= 1);
    QVERIFY(slices >= 1);
    // Five slices of one app, and the rest after the fifth id, which is empty.
    QCOMPARE(threadSlices + slices, 6);
    QCOMPARE(total, 5);
    QCOMPARE(shared.comparedApps(), 5);
    QCOMPARE(shared.result().checkedApps(), 5);
    QCOMPARE(findingTexts(shared.result()), findingTexts(alone.value()));
}

#include "tst_audit_verification.moc"
