#include "AuditLog.h"
#include "CachedBlockFile.h"
#include "CallbackResult.h"
#include "CredentialFormat.h"
#include "CredentialService.h"
#include "Database.h"
#include "ErrorCode.h"
#include "ErrorText.h"
#include "FixedClock.h"
#include "KeychainReportFile.h"
#include "KeychainReportLookup.h"
#include "KeychainSecretStore.h"
#include "KeychainSweep.h"
#include "SampleApps.h"
#include "SecretEntryKeys.h"
#include "ServiceFixture.h"
#include "TemporaryRegistry.h"
#include "TestKeychain.h"

#include <QFile>
#include <QTemporaryFile>
#include <QTest>
#include <QUuid>
#include <thread>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

bool runsHere(TestKeychain::Expectation expectation)
{
    return TestKeychain::expectation() == expectation;
}

KeychainSweep::Options removingEverything()
{
    return KeychainSweep::Options{false, std::chrono::seconds(0)};
}

} // namespace

/// PRODUCT.md section 7's sweep on the real keychain and a real registry: entries no live credential uses go (each on
/// the audit trail), live credentials without their plaintext are reported, nothing a client may still use is touched.
class KeychainSweepTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void removesEntriesNoLiveCredentialUses();
    void reportsMissingAndDifferentPlaintexts();
    void aDryRunRemovesNothing();
    void youngUnusedEntriesAreLeftForALaterSweep();
    void aSecretIn01FormStillCounts();
    void namesWhoseKeychainHoldsAnotherActorsCredential();
    void withoutSecretServiceNothingIsRemoved();
    void aRegistryOfManyPagesIsSweptWhole_data();
    void aRegistryOfManyPagesIsSweptWhole();
    void aDamagedReportFileIsNotTrusted();
    void idsThatLookAlikeAreToldApart();
    void aReportThatIsNotAFileIsRefused();
    void aReportCutShortWhileOpenIsNotTrusted();
    void aLookupForAnotherThreadAnswersAsTheFirst();
    void theBlockCacheReadsWhatTheFileHolds();

private:
    IssuedApp createApp(const QString& name);
    IssuedKey generateKey(const QString& applicationId);
    void writeEntry(const QString& entryKey, const QString& plaintext);
    void removeEntry(const QString& entryKey);
    KeychainSweep::Outcome sweep(KeychainSweep::Options options = removingEverything());
    QString registryId() const { return m_fixture->database()->registryId(); }
    Result<KeychainReport> keptReportFor(const QString& applicationId) const;
    QStringList removalsOnTheTrail() const;

    std::unique_ptr<ServiceFixture> m_fixture;
};

void KeychainSweepTest::initTestCase()
{
    const QString problem = TestKeychain::environmentProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void KeychainSweepTest::init()
{
    m_fixture = std::make_unique<ServiceFixture>();
    QVERIFY2(m_fixture->problem().isEmpty(), qPrintable(m_fixture->problem()));
}

void KeychainSweepTest::cleanup()
{
    QVERIFY(m_fixture->removeKeychainEntries());
    QFile::remove(KeychainReportFile::pathFor(registryId()));
}

Result<KeychainReport> KeychainSweepTest::keptReportFor(const QString& applicationId) const
{
    const Result<KeychainReportLookup> lookup = KeychainReportLookup::open(registryId());
    if (!lookup)
        return lookup.error();
    return lookup.value().reportFor(applicationId);
}

IssuedApp KeychainSweepTest::createApp(const QString& name)
{
    const Result<IssuedApp> app = m_fixture->createApp(SampleApps::details(name));
    if (!app)
        qFatal("createApp failed: %s", qPrintable(app.error().text()));
    return app.value();
}

IssuedKey KeychainSweepTest::generateKey(const QString& applicationId)
{
    const Result<IssuedKey> key = m_fixture->generateApiKey(applicationId);
    if (!key)
        qFatal("generateApiKey failed: %s", qPrintable(key.error().text()));
    return key.value();
}

void KeychainSweepTest::writeEntry(const QString& entryKey, const QString& plaintext)
{
    KeychainSecretStore keychain;
    const Status written = answerOf<Status>([&](auto done) { keychain.write(entryKey, plaintext, std::move(done)); });
    if (!written)
        qFatal("writing %s failed: %s", qPrintable(entryKey), qPrintable(written.error().text()));
}

void KeychainSweepTest::removeEntry(const QString& entryKey)
{
    KeychainSecretStore keychain;
    const Status removed = answerOf<Status>([&](auto done) { keychain.remove(entryKey, std::move(done)); });
    if (!removed)
        qFatal("removing %s failed: %s", qPrintable(entryKey), qPrintable(removed.error().text()));
}

KeychainSweep::Outcome KeychainSweepTest::sweep(KeychainSweep::Options options)
{
    const Result<KeychainSweep::Outcome> outcome = answerOf<Result<KeychainSweep::Outcome>>([&](auto done) {
        KeychainSweep::run(m_fixture->database(), m_fixture->secrets(), m_fixture->clock(), options, std::move(done));
    });
    if (!outcome)
        qFatal("the sweep failed: %s", qPrintable(outcome.error().text()));
    return outcome.value();
}

QStringList KeychainSweepTest::removalsOnTheTrail() const
{
    AuditFilter filter;
    filter.action = AuditAction::KeychainEntryRemoved;
    const Result<QList<AuditEntry>> removals = AuditLog(m_fixture->database()).entries(filter);
    QStringList entries;
    for (const AuditEntry& entry : removals.value())
        entries.append(entry.details.value(u"entry"_s).toString());
    return entries;
}

void KeychainSweepTest::removesEntriesNoLiveCredentialUses()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_keychain_sweep");
    const IssuedApp kept = createApp(u"Kept"_s);
    const IssuedKey liveKey = generateKey(kept.applicationId);
    const IssuedKey revokedKey = generateKey(kept.applicationId);
    QVERIFY(answerOf<Status>([&](auto done) {
                m_fixture->credentials().revokeKey(kept.applicationId, revokedKey.keyId, std::move(done));
            }).ok());
    const IssuedApp deleted = createApp(u"Deleted"_s);
    QVERIFY(m_fixture->repository()->markDeleted(deleted.applicationId).ok()); // its entries stay, as after a crash

    // What crashes and failed removals leave: a secret whose app never committed, a revoked key's plaintext, and the
    // 0.1 entry of an app whose current entry holds its secret.
    const QString neverCommitted = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString crashedCreate = SecretEntryKeys::appSecret(registryId(), neverCommitted, QString(64, u'a'));
    writeEntry(crashedCreate, CredentialFormat::generate(CredentialKind::Secret));
    const QString revokedEntry = SecretEntryKeys::apiKey(registryId(), kept.applicationId, revokedKey.keyId);
    writeEntry(revokedEntry, revokedKey.apiKey);
    const QString legacyEntry = SecretEntryKeys::legacyAppSecret(registryId(), kept.applicationId);
    writeEntry(legacyEntry, kept.secret);
    const QString deletedSecret =
        SecretEntryKeys::appSecret(registryId(), deleted.applicationId, CredentialFormat::sha256Hex(deleted.secret));

    const KeychainSweep::Outcome outcome = sweep();

    QStringList removed{crashedCreate, revokedEntry, legacyEntry, deletedSecret};
    removed.sort();
    QCOMPARE(outcome.removedEntries, removed);
    QCOMPARE(outcome.youngEntries, QStringList());
    QCOMPARE(outcome.listingProblem, QString());
    QStringList left{
        SecretEntryKeys::appSecret(registryId(), kept.applicationId, CredentialFormat::sha256Hex(kept.secret)),
        SecretEntryKeys::apiKey(registryId(), kept.applicationId, liveKey.keyId)};
    left.sort();
    QCOMPARE(m_fixture->keychainEntries(), left);
    QCOMPARE(removalsOnTheTrail(), removed);
    QCOMPARE(outcome.findings, 0);
    QVERIFY(AuditLog(m_fixture->database()).verify().value() == std::nullopt);
    // The kept credentials still read back.
    QCOMPARE(TestKeychain::read(left.constFirst()).ok(), true);
}

void KeychainSweepTest::reportsMissingAndDifferentPlaintexts()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_keychain_sweep");
    const IssuedApp app = createApp(u"Damaged"_s);
    const IssuedKey key = generateKey(app.applicationId);
    const QString secretEntry =
        SecretEntryKeys::appSecret(registryId(), app.applicationId, CredentialFormat::sha256Hex(app.secret));
    const QString keyEntry = SecretEntryKeys::apiKey(registryId(), app.applicationId, key.keyId);
    removeEntry(secretEntry);
    writeEntry(keyEntry, CredentialFormat::generate(CredentialKind::ApiKey));

    const KeychainSweep::Outcome outcome = sweep();

    QCOMPARE(outcome.removedEntries, QStringList()); // a different plaintext stays for the user to see and cure
    QCOMPARE(outcome.findings, 2);
    QCOMPARE(outcome.ownFindings, 2);
    QCOMPARE(outcome.checkedAt, m_fixture->clock()->nowUtc());
    QCOMPARE(outcome.checkedBy, m_fixture->database()->actor());
    // Kept for the window and the command line, which read it back an app at a time.
    const Result<KeychainReport> kept = keptReportFor(app.applicationId);
    QVERIFY2(kept.ok(), qPrintable(errorText(kept)));
    const KeychainReport& report = kept.value();
    QCOMPARE(report.findings().size(), 2);
    QCOMPARE(report.stateOf(app.applicationId), KeychainReport::State::Missing);
    QCOMPARE(report.stateOf(app.applicationId, key.keyId), KeychainReport::State::Different);
    QCOMPARE(report.stateOf(app.applicationId, u"another-key"_s), KeychainReport::State::Present);
    QCOMPARE(report.checkedAt(), m_fixture->clock()->nowUtc());
    QCOMPARE(report.checkedBy(), m_fixture->database()->actor());
    const KeychainReport::Finding* missing = report.findingFor(app.applicationId);
    QVERIFY(missing);
    QCOMPARE(missing->hint, app.secretHint);
    QCOMPARE(missing->sha256, CredentialFormat::sha256Hex(app.secret));
    QCOMPARE(KeychainReport::text(*missing, report.checkedBy()), u"Secret not in this keychain"_s);
    QCOMPARE(KeychainReport::text(*report.findingFor(app.applicationId, key.keyId), report.checkedBy()),
             u"Keychain holds a different key"_s);
    QCOMPARE(QFile::permissions(KeychainReportFile::pathFor(registryId())),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    QCOMPARE(outcome.reportFileProblem, QString());
}

void KeychainSweepTest::aDryRunRemovesNothing()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_keychain_sweep");
    const IssuedApp app = createApp(u"Dry"_s);
    const QString orphan = SecretEntryKeys::apiKey(registryId(), app.applicationId, u"gone"_s);
    writeEntry(orphan, CredentialFormat::generate(CredentialKind::ApiKey));

    const KeychainSweep::Outcome outcome = sweep(KeychainSweep::Options{true, std::chrono::seconds(0)});

    QCOMPARE(outcome.removedEntries, QStringList{orphan});
    QVERIFY(m_fixture->keychainEntries().contains(orphan));
    QCOMPARE(removalsOnTheTrail(), QStringList());
}

void KeychainSweepTest::youngUnusedEntriesAreLeftForALaterSweep()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_keychain_sweep");
    const IssuedApp app = createApp(u"Busy"_s);
    // As another AppKeys process would leave it between its keychain write and its commit.
    const QString inFlight = SecretEntryKeys::apiKey(registryId(), app.applicationId, u"being-generated"_s);
    writeEntry(inFlight, CredentialFormat::generate(CredentialKind::ApiKey));

    const KeychainSweep::Outcome outcome = sweep(KeychainSweep::Options{});

    QCOMPARE(outcome.youngEntries, QStringList{inFlight});
    QCOMPARE(outcome.removedEntries, QStringList());
    QVERIFY(m_fixture->keychainEntries().contains(inFlight));
}

void KeychainSweepTest::aSecretIn01FormStillCounts()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_keychain_sweep");
    const IssuedApp app = createApp(u"From 0.1"_s);
    const QString current =
        SecretEntryKeys::appSecret(registryId(), app.applicationId, CredentialFormat::sha256Hex(app.secret));
    const QString legacy = SecretEntryKeys::legacyAppSecret(registryId(), app.applicationId);
    removeEntry(current);
    writeEntry(legacy, app.secret); // where AppKeys 0.1 kept it

    const KeychainSweep::Outcome outcome = sweep();
    QCOMPARE(outcome.findings, 0);
    QCOMPARE(keptReportFor(app.applicationId).value().stateOf(app.applicationId), KeychainReport::State::Present);
    QCOMPARE(outcome.removedEntries, QStringList());
    const Result<QString> revealed = answerOf<Result<QString>>(
        [&](auto done) { m_fixture->credentials().revealSecret(app.applicationId, std::move(done)); });
    QVERIFY2(revealed.ok() && revealed.value() == app.secret, "the 0.1 entry was not read");

    // Regenerating moves the secret to an entry of its own and takes the 0.1 entry away.
    const Result<IssuedApp> regenerated = answerOf<Result<IssuedApp>>(
        [&](auto done) { m_fixture->credentials().regenerateSecret(app.applicationId, std::move(done)); });
    QVERIFY2(regenerated.ok(), qPrintable(errorText(regenerated)));
    QCOMPARE(m_fixture->keychainEntries(),
             QStringList{SecretEntryKeys::appSecret(registryId(), app.applicationId,
                                                    CredentialFormat::sha256Hex(regenerated.value().secret))});
}

void KeychainSweepTest::namesWhoseKeychainHoldsAnotherActorsCredential()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_keychain_sweep");
    // On a team registry, alice created this app from her machine: her keychain holds the secret, not this one.
    AppRecord app = SampleApps::record(u"Alice's app"_s, m_fixture->clock()->nowUtc());
    app.createdBy = u"alice@front-desk"_s;
    QVERIFY(m_fixture->repository()->insertApp(app).ok());

    const KeychainSweep::Outcome outcome = sweep();

    QCOMPARE(outcome.findings, 1);
    QCOMPARE(outcome.ownFindings, 0); // `appkeys alerts --send` does not nag about alice's
    const Result<KeychainReport> kept = keptReportFor(app.applicationId);
    QVERIFY2(kept.ok(), qPrintable(errorText(kept)));
    const KeychainReport::Finding* finding = kept.value().findingFor(app.applicationId);
    QVERIFY(finding);
    QCOMPARE(finding->state, KeychainReport::State::Missing);
    QCOMPARE(finding->issuedBy, u"alice@front-desk"_s);
    QCOMPARE(KeychainReport::text(*finding, outcome.checkedBy), u"Secret in the keychain of alice@front-desk"_s);
}

void KeychainSweepTest::withoutSecretServiceNothingIsRemoved()
{
    if (!runsHere(TestKeychain::Expectation::Absent))
        QSKIP("runs in the ctest entry tst_keychain_sweep_no_service");
    const AppRecord app = SampleApps::record(u"Unreachable"_s, m_fixture->clock()->nowUtc());
    QVERIFY(m_fixture->repository()->insertApp(app).ok());

    const Result<KeychainSweep::Outcome> outcome = answerOf<Result<KeychainSweep::Outcome>>([&](auto done) {
        KeychainSweep::run(m_fixture->database(), m_fixture->secrets(), m_fixture->clock(), removingEverything(),
                           std::move(done));
    });
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().message.startsWith(u"The OS keychain is not available: "_s),
             qPrintable(outcome.error().message));
    QCOMPARE(removalsOnTheTrail(), QStringList());
    QVERIFY(!QFile::exists(KeychainReportFile::pathFor(registryId())));
}

QTEST_GUILESS_MAIN(KeychainSweepTest)
void KeychainSweepTest::aRegistryOfManyPagesIsSweptWhole_data()
{
    QTest::addColumn<bool>("secondConnection");
    QTest::newRow("pages read on a thread of their own") << true;
    QTest::newRow("pages read on the sweep's connection") << false;
}

void KeychainSweepTest::aRegistryOfManyPagesIsSweptWhole()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_keychain_sweep");
    QFETCH(bool, secondConnection);
    const bool sqlite = m_fixture->database()->dialect().engine() == SqlDialect::Engine::Sqlite;
    if (!secondConnection && !sqlite)
        QSKIP("a registry that a second connection cannot open is made by moving an SQLite file");
    // The sweep reads the registry a page of apps at a time: the newest app's entry is on the first page, the oldest's
    // on the last, and both must be kept; the orphan must go, and every app between them is reported.
    const QDateTime start = m_fixture->clock()->nowUtc();
    const IssuedApp oldest = createApp(u"Oldest"_s);
    constexpr int AppsWithoutEntries = 450;
    QStringList appsBetween;
    for (int app = 1; app <= AppsWithoutEntries; ++app) {
        const AppRecord record = SampleApps::record(u"Between %1"_s.arg(app), start.addSecs(app));
        QVERIFY(m_fixture->repository()->insertApp(record).ok());
        appsBetween.append(record.applicationId);
    }
    m_fixture->clock()->setNowUtc(start.addSecs(AppsWithoutEntries + 1));
    const IssuedApp newest = createApp(u"Newest"_s);
    const QString orphan = SecretEntryKeys::appSecret(registryId(), QUuid::createUuid().toString(QUuid::WithoutBraces),
                                                      CredentialFormat::sha256Hex(u"x"_s));
    writeEntry(orphan, CredentialFormat::generate(CredentialKind::Secret));

    // Moved away while open: the sweep's connection keeps its file, a second one finds none.
    const QString movedTo = sqlite ? m_fixture->registry().filePath() + u".moved"_s : QString();
    if (!secondConnection)
        QVERIFY(QFile::rename(m_fixture->registry().filePath(), movedTo));
    const KeychainSweep::Outcome outcome = sweep();
    if (!secondConnection) {
        QVERIFY(!m_fixture->database()->openReader().ok());
        QVERIFY(QFile::rename(movedTo, m_fixture->registry().filePath()));
    }

    QCOMPARE(outcome.removedEntries, QStringList{orphan});
    QStringList left{
        SecretEntryKeys::appSecret(registryId(), oldest.applicationId, CredentialFormat::sha256Hex(oldest.secret)),
        SecretEntryKeys::appSecret(registryId(), newest.applicationId, CredentialFormat::sha256Hex(newest.secret))};
    left.sort();
    QCOMPARE(m_fixture->keychainEntries(), left);
    QCOMPARE(outcome.findings, AppsWithoutEntries);

    // Kept a line per finding, in the order of their bytes (`repair` lists them so), and found app by app (the
    // window, `list` and `show`): each app's lookup finds its own line.
    const Result<KeychainReportLookup> lookup = KeychainReportLookup::open(registryId());
    QVERIFY(lookup.ok());
    QList<QByteArray> lines;
    QVERIFY(lookup.value()
                .forEachFinding([&lines](const KeychainReport::Finding& finding) {
                    QCOMPARE(finding.state, KeychainReport::State::Missing);
                    QVERIFY(finding.applicationName.startsWith(u"Between "_s));
                    lines.append(KeychainReport::findingLine(finding));
                })
                .ok());
    QCOMPARE(lines.size(), AppsWithoutEntries);
    QVERIFY(std::is_sorted(lines.cbegin(), lines.cend()));
    for (const QString& applicationId : appsBetween) {
        const Result<KeychainReport> oneApp = lookup.value().reportFor(applicationId);
        QVERIFY(oneApp.ok());
        QCOMPARE(oneApp.value().findings().size(), 1);
        QCOMPARE(oneApp.value().findings().constFirst().applicationId, applicationId);
        QCOMPARE(oneApp.value().checkedAt(), outcome.checkedAt);
        QCOMPARE(oneApp.value().stateOf(applicationId), KeychainReport::State::Missing);
    }
    QCOMPARE(lookup.value().reportFor(oldest.applicationId).value().stateOf(oldest.applicationId),
             KeychainReport::State::Present);
    QCOMPARE(lookup.value().reportFor(newest.applicationId).value().findings().size(), 0);
    QCOMPARE(lookup.value().reportFor(newest.applicationId).value().stateOf(newest.applicationId),
             KeychainReport::State::Present);
}

void KeychainSweepTest::aDamagedReportFileIsNotTrusted()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_keychain_sweep");
    const IssuedApp app = createApp(u"Damaged report"_s);
    removeEntry(SecretEntryKeys::appSecret(registryId(), app.applicationId, CredentialFormat::sha256Hex(app.secret)));
    sweep();
    QFile file(KeychainReportFile::pathFor(registryId()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    QCOMPARE(lines.size(), 3); // the header, one finding, and the end of the last line

    // A finding whose state this version does not know, and a header of another format: neither is read as a report.
    QByteArray changed = lines.at(0) + '\n' + QByteArray(lines.at(1)).replace("\"missing\"", "\"stolen\"") + '\n';
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(changed);
    file.close();
    QVERIFY(!keptReportFor(app.applicationId).ok());
    changed = QByteArray(lines.at(0)).replace("\"format\":3", "\"format\":2") + '\n' + lines.at(1) + '\n';
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(changed);
    file.close();
    const Result<KeychainReport> oldFormat = keptReportFor(app.applicationId);
    QVERIFY(!oldFormat.ok());
    QCOMPARE(oldFormat.error().message, u"The last keychain check could not be read."_s);
}

void KeychainSweepTest::idsThatLookAlikeAreToldApart()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_keychain_sweep");
    // Ids a hostile registry could hold: a prefix of another, with a quote, a comma, a newline, a bidi control, none,
    // one that joins another's id with its key's. And one longer than the blocks the lookup reads the file by.
    const QStringList ids{u"a"_s,        u"a/key of a"_s,    u"ab"_s, u"a\"b"_s, u"a\",\"b"_s,          u"a\nb"_s,
                          u"a\u202Eb"_s, u"\u00E9t\u00E9"_s, u""_s,   u"z"_s,    u"x"_s.repeated(10000)};
    QList<KeychainReport::Finding> findings;
    for (const QString& id : ids) {
        findings.append({KeychainReport::State::Missing, id, u"Name of "_s + id, {}, u"hint"_s, {}, u"00"_s});
        findings.append({KeychainReport::State::Different, id, u"Name of "_s + id, u"key of "_s + id, {}, {}, u"11"_s});
    }
    const KeychainReport written(m_fixture->clock()->nowUtc(), u"me@here"_s, findings);
    QVERIFY(KeychainReportFile::write(registryId(), written).ok());
    // In one report, an app's key and the app whose id joins that app's with the key's are two findings.
    QCOMPARE(written.findingFor(u"a"_s, u"key of a"_s)->applicationId, u"a"_s);
    QCOMPARE(written.findingFor(u"a/key of a"_s)->applicationId, u"a/key of a"_s);
    // Every finding, one a line after the header, sorted by their bytes (what the lookup's binary search needs).
    QFile file(KeychainReportFile::pathFor(registryId()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.takeLast(), QByteArray());
    lines.removeFirst();
    QCOMPARE(lines.size(), findings.size());
    QVERIFY(std::is_sorted(lines.cbegin(), lines.cend()));

    const Result<KeychainReportLookup> lookup = KeychainReportLookup::open(registryId());
    QVERIFY(lookup.ok());
    for (const QString& id : ids) {
        const Result<KeychainReport> report = lookup.value().reportFor(id);
        QVERIFY(report.ok());
        QCOMPARE(report.value().findings().size(), 2);
        QCOMPARE(report.value().stateOf(id), KeychainReport::State::Missing);
        QCOMPARE(report.value().stateOf(id, u"key of "_s + id), KeychainReport::State::Different);
        QCOMPARE(report.value().findingFor(id)->applicationName, u"Name of "_s + id);
    }
    QCOMPARE(lookup.value().reportFor(u"a\""_s).value().findings().size(), 0);
    QCOMPARE(lookup.value().reportFor(u"b"_s).value().findings().size(), 0);
    QCOMPARE(lookup.value().reportFor(u"zz"_s).value().findings().size(), 0);
    QCOMPARE(lookup.value().reportFor(u"x"_s.repeated(9999)).value().findings().size(), 0);
}

void KeychainSweepTest::aReportThatIsNotAFileIsRefused()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_keychain_sweep");
    const QString path = KeychainReportFile::pathFor(registryId());
    QVERIFY(KeychainReportFile::write(registryId(), KeychainReport(m_fixture->clock()->nowUtc(), u"me"_s, {})).ok());
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::link(u"/dev/zero"_s, path)); // read as a file, it would never end
    const Result<KeychainReportLookup> device = KeychainReportLookup::open(registryId());
    QVERIFY(!device.ok());
    QCOMPARE(device.error().message, u"The last keychain check %1 is not a file."_s.arg(path));

    QVERIFY(QFile::remove(path));
    QFile empty(path);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    const Result<KeychainReportLookup> nothing = KeychainReportLookup::open(registryId());
    QVERIFY(!nothing.ok());
    QCOMPARE(nothing.error().message, u"The last keychain check could not be read."_s);
}

void KeychainSweepTest::aReportCutShortWhileOpenIsNotTrusted()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_keychain_sweep");
    // Another program cutting the file in place while `list` reads it: a mapping of it would crash (SIGBUS).
    QList<KeychainReport::Finding> findings;
    for (int i = 0; i < 2000; ++i)
        findings.append(
            {KeychainReport::State::Missing, u"app-%1"_s.arg(i, 4, 10, QChar(u'0')), u"App"_s, {}, {}, {}, u"00"_s});
    QVERIFY(
        KeychainReportFile::write(registryId(), KeychainReport(m_fixture->clock()->nowUtc(), u"me"_s, findings)).ok());
    const Result<KeychainReportLookup> lookup = KeychainReportLookup::open(registryId());
    QVERIFY(lookup.ok());
    QCOMPARE(lookup.value().reportFor(u"app-0000"_s).value().stateOf(u"app-0000"_s), KeychainReport::State::Missing);

    QFile file(KeychainReportFile::pathFor(registryId()));
    QVERIFY(file.size() > 100 * 1024);
    QVERIFY(file.resize(100));
    const Result<KeychainReport> cut = lookup.value().reportFor(u"app-1999"_s);
    QVERIFY(!cut.ok());
    QCOMPARE(cut.error().message, u"The last keychain check could not be read."_s);
}

void KeychainSweepTest::aLookupForAnotherThreadAnswersAsTheFirst()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_keychain_sweep");
    // `list --json` asks a lookup on each thread that reads pages, both at once.
    QList<KeychainReport::Finding> findings;
    QStringList ids;
    for (int i = 0; i < 2000; ++i) {
        ids.append(u"app-%1"_s.arg(i, 4, 10, QChar(u'0')));
        findings.append({KeychainReport::State::Missing, ids.last(), u"App"_s, {}, {}, {}, u"00"_s});
        if (i % 3 == 0)
            findings.append({KeychainReport::State::Different, ids.last(), u"App"_s, u"key"_s, {}, {}, u"11"_s});
    }
    QVERIFY(
        KeychainReportFile::write(registryId(), KeychainReport(m_fixture->clock()->nowUtc(), u"me"_s, findings)).ok());
    const Result<KeychainReportLookup> lookup = KeychainReportLookup::open(registryId());
    QVERIFY(lookup.ok());
    const KeychainReportLookup other = lookup.value().forAnotherThread();
    QCOMPARE(other.header().checkedBy(), u"me"_s);
    QCOMPARE(other.header().checkedAt(), m_fixture->clock()->nowUtc());

    const auto countFindings = [&ids](const KeychainReportLookup& asked, QList<qsizetype>& counts) {
        for (const QString& id : ids) {
            const Result<KeychainReport> report = asked.reportFor(id);
            counts.append(report ? report.value().findings().size() : -1);
        }
    };
    QList<qsizetype> onOtherThread;
    std::thread thread([&] { countFindings(other, onOtherThread); });
    QList<qsizetype> onThisThread;
    countFindings(lookup.value(), onThisThread);
    thread.join();
    QList<qsizetype> expected;
    for (int i = 0; i < ids.size(); ++i)
        expected.append(i % 3 == 0 ? 2 : 1);
    QCOMPARE(onThisThread, expected);
    QCOMPARE(onOtherThread, expected);

    // Made after the file was cut in place, it still reads the file as the first found it, and so says it is cut.
    QFile file(KeychainReportFile::pathFor(registryId()));
    QVERIFY(file.resize(100));
    const Result<KeychainReport> cut = lookup.value().forAnotherThread().reportFor(ids.last());
    QVERIFY(!cut.ok());
    QCOMPARE(cut.error().message, u"The last keychain check could not be read."_s);
}

void KeychainSweepTest::theBlockCacheReadsWhatTheFileHolds()
{
    if (!runsHere(TestKeychain::Expectation::Available))
        QSKIP("runs in the ctest entry tst_keychain_sweep");
    QByteArray content;
    for (int i = 0; content.size() < 5000; ++i)
        content += "line " + QByteArray::number(i * 7919 % 10007) + (i % 5 == 0 ? "\n\n" : "\n");
    QTemporaryFile written;
    QVERIFY(written.open());
    written.write(content);
    written.flush();
    auto file = std::make_unique<QFile>(written.fileName());
    QVERIFY(file->open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    // Blocks of 64 bytes, 3 kept: most reads miss the cache, and many cross a block's end.
    const CachedBlockFile blocks(std::move(file), 64, 3);
    QCOMPARE(blocks.size(), content.size());
    for (qint64 offset = 0; offset <= content.size() + 1; offset += 7) {
        QCOMPARE(blocks.read(offset, 150), content.mid(offset, 150));
        const qint64 next = content.indexOf('\n', offset);
        QCOMPARE(blocks.indexOf('\n', offset), next < 0 ? content.size() : next);
        QCOMPARE(blocks.lastIndexOf('\n', offset), offset == 0 ? -1 : content.lastIndexOf('\n', offset - 1));
        QCOMPARE(blocks.lastIndexOf('@', offset), -1);
    }
    QCOMPARE(blocks.indexOf('@', 0), content.size());
    QCOMPARE(blocks.read(0, content.size() * 2), content);
    QVERIFY(!blocks.failed());
}

#include "tst_keychain_sweep.moc"
