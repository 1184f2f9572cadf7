// Crash consistency (PRODUCT.md section 7, issue 11): the keychain and the registry agree whatever happens between
// the steps of a change, with real parts only: the private gnome-keyring of scripts/with-keyring, a real SQLite file
// (ctest entry tst_crash_consistency) and the PostgreSQL test server (tst_crash_consistency_postgresql).
// Each case sets up, through the services in this process, a bystander app and a target app with one API key, then
// lets appkeys_crash_actor, a separate process on the same registry and the real keychain, make one change: create,
// generate, rotate, regenerate, revoke or delete (the target's).
// - aKilledChangeLosesNothing: the actor is killed with SIGKILL (APPKEYS_TEST_HOOK=kill:STEP) before the keychain
//   write, between the keychain write and the commit, before the commit of a revoke or delete, and between the
//   commit and the removal of an old entry (13 cases);
// - anUnknownCommitOutcomeIsSettled: the actor's COMMIT reports an unknown outcome, once without committing
//   (fail:registry.commit) and once after committing (fail:registry.commit-answer-lost) (12 cases);
// - aRefusedCommitLeavesTheKeychainAsItWas: the database refuses the change at COMMIT (a deferred constraint), so the
//   registry is asked whether it holds the change (6 cases; a statement refused before the COMMIT is tst_lifecycle's);
// - aFullDiskLosesNothing: the SQLite registry on a full tmpfs (needs root; skipped when mount is refused, and in the
//   PostgreSQL entry) (6 cases).
// After each, the registry is opened again as at a restart and checked: it opens; the audit chain verifies; the
// keychain holds exactly what the actor was expected to leave; after the sweep (KeychainSweep, no minimum age) the
// keychain's entries of this registry are exactly those of the live credentials, and no live credential lacks its
// plaintext; every credential a client may still use reveals its plaintext (the old secret after an uncommitted
// regenerate, the old key during its rotation overlap), and every change the registry holds is complete.
#include "AuditLog.h"
#include "CallbackResult.h"
#include "CredentialFormat.h"
#include "CredentialService.h"
#include "ErrorText.h"
#include "KeychainReportFile.h"
#include "KeychainSecretStore.h"
#include "KeychainSweep.h"
#include "RawSql.h"
#include "SampleApps.h"
#include "SecretEntryKeys.h"
#include "ServiceFixture.h"
#include "TestEngine.h"
#include "TestKeychain.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <cstring>
#include <sys/mount.h>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

/// The keychain's own deadline (30 s) and a margin: an actor still running after this has hung.
constexpr int ActorTimeoutMs = 60000;
/// Room for the registry and its write-ahead log before the disk is filled.
constexpr auto FullDiskSize = "size=4m";

enum class Ending
{
    Killed,    ///< died of SIGKILL at the hook's step
    Succeeded, ///< exit 0, printing what it issued or changed
    Failed     ///< exit 1, printing the error
};

/// One case: what the actor does, and what the keychain and the registry hold afterwards.
struct Case
{
    QString action; ///< create, generate, rotate, regenerate, revoke, delete
    QString hook;   ///< APPKEYS_TEST_HOOK for the actor; empty for none
    Ending ending = Ending::Killed;
    QString message;            ///< for Ending::Failed: what the actor's error says
    bool committed = false;     ///< whether the registry holds the change
    bool newEntryLeft = false;  ///< whether the new plaintext's keychain entry is there after the actor
    bool oldEntriesLeft = true; ///< whether the entries the change leaves unused are still there after the actor
};

/// How the actor ended.
struct ActorRun
{
    bool finished = false;
    QProcess::ExitStatus exitStatus = QProcess::NormalExit;
    int exitCode = -1;
    QString output;
    QString errors;
};

const QStringList Actions{u"create"_s, u"generate"_s, u"rotate"_s, u"regenerate"_s, u"revoke"_s, u"delete"_s};

bool issuesAPlaintext(const QString& action)
{
    return action != u"revoke"_s && action != u"delete"_s;
}

/// The plaintext, or the error in its place, so that a failed reveal shows in the comparison.
QString plaintextOrError(const Result<QString>& revealed)
{
    return revealed ? revealed.value() : u"(not revealed: %1)"_s.arg(revealed.error().text());
}

QString revealedSecret(CredentialService& credentials, const QString& applicationId)
{
    return plaintextOrError(
        answerOf<Result<QString>>([&](auto done) { credentials.revealSecret(applicationId, std::move(done)); }));
}

QString revealedKey(CredentialService& credentials, const QString& applicationId, const QString& keyId)
{
    return plaintextOrError(
        answerOf<Result<QString>>([&](auto done) { credentials.revealKey(applicationId, keyId, std::move(done)); }));
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList without(const QStringList& list, const QStringList& removed)
{
    QStringList kept;
    for (const QString& item : list) {
        if (!removed.contains(item))
            kept.append(item);
    }
    return kept;
}

void addCase(const QString& name, const Case& testCase)
{
    QTest::newRow(qPrintable(name)) << testCase;
}

/// Killed before anything was changed.
Case untouchedByAKill(const QString& action, const QString& hook)
{
    return Case{action, hook, Ending::Killed, {}, false, false, true};
}

/// The change is not in the registry, and the actor's new entry (if any) is gone again.
Case notCommitted(const QString& action, const QString& hook, const QString& message)
{
    return Case{action, hook, Ending::Failed, message, false, false, true};
}

} // namespace

Q_DECLARE_METATYPE(Case)

class CrashConsistencyTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void aKilledChangeLosesNothing_data();
    void aKilledChangeLosesNothing();
    void anUnknownCommitOutcomeIsSettled_data();
    void anUnknownCommitOutcomeIsSettled();
    void aRefusedCommitLeavesTheKeychainAsItWas_data();
    void aRefusedCommitLeavesTheKeychainAsItWas();
    void aFullDiskLosesNothing_data();
    void aFullDiskLosesNothing();

private:
    void prepareRegistry(const QString& sqliteFolder = {});
    QStringList actorArguments(const QString& action) const;
    ActorRun runActor(const Case& testCase) const;
    void checkActorEnding(const Case& testCase, const ActorRun& run, const QString& newEntry);
    void checkKeychainAfterActor(const Case& testCase, const QStringList& entries);
    void checkRestart(const Case& testCase, const std::shared_ptr<Database>& database, const QStringList& leftByActor,
                      const QString& newEntry);
    void checkCredentials(const Case& testCase, const std::shared_ptr<Database>& database, const QString& newEntry);
    void checkSecrets(const Case& testCase, CredentialService& credentials, const AppRepository& apps,
                      const std::optional<SecretEntryKeys::ParsedEntryKey>& issued);
    void checkKeys(const Case& testCase, CredentialService& credentials, const KeyRepository& keys,
                   const std::optional<SecretEntryKeys::ParsedEntryKey>& issued);
    void checkNewEntry(const QString& action, const QString& entry);
    void runCase(const Case& testCase, const std::function<void()>& beforeReveals = {});

    QString registryId() const { return m_fixture->database()->registryId(); }
    QString secretEntry(const IssuedApp& app) const;
    QString keyEntry(const IssuedApp& app, const IssuedKey& key) const;
    QStringList entriesBefore() const;
    QStringList oldEntries(const QString& action) const;
    QStringList expectedLiveEntries(const Case& testCase, const QString& newEntry) const;
    QStringList liveEntriesInRegistry(const std::shared_ptr<Database>& database) const;
    std::shared_ptr<Database> reopen() const;

    Status installRefusalAtCommit() const;
    Status mountSmallDisk();
    Status fillDisk() const;

    std::unique_ptr<ServiceFixture> m_fixture;
    IssuedApp m_bystander;
    IssuedApp m_target;
    IssuedKey m_targetKey;
    std::unique_ptr<QTemporaryDir> m_mountPoint;
    bool m_mounted = false;
};

void CrashConsistencyTest::initTestCase()
{
    if (const QString unavailable = TestEngine::unavailableReason(); !unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    const QString keychainProblem = TestKeychain::environmentProblem();
    QVERIFY2(keychainProblem.isEmpty(), qPrintable(keychainProblem));
    QVERIFY2(QFile::exists(QStringLiteral(APPKEYS_CRASH_ACTOR)), APPKEYS_CRASH_ACTOR);
}

void CrashConsistencyTest::cleanup()
{
    if (m_fixture) {
        QVERIFY(m_fixture->removeKeychainEntries());
        if (m_fixture->problem().isEmpty())
            QFile::remove(KeychainReportFile::pathFor(registryId()));
        m_fixture.reset();
    }
    if (m_mounted) {
        QFile::remove(m_mountPoint->filePath(u"filler"_s));
        const QByteArray path = QFile::encodeName(m_mountPoint->path());
        if (::umount2(path.constData(), 0) != 0)
            ::umount2(path.constData(), MNT_DETACH);
        m_mounted = false;
    }
    m_mountPoint.reset();
}

void CrashConsistencyTest::prepareRegistry(const QString& sqliteFolder)
{
    m_fixture = std::make_unique<ServiceFixture>(sqliteFolder);
    QVERIFY2(m_fixture->problem().isEmpty(), qPrintable(m_fixture->problem()));
    // A bystander whose secret no change may touch, and the target of every change but create.
    const Result<IssuedApp> bystander = m_fixture->createApp(SampleApps::details(u"Bystander"_s));
    QVERIFY2(bystander.ok(), qPrintable(errorText(bystander)));
    m_bystander = bystander.value();
    const Result<IssuedApp> target = m_fixture->createApp(SampleApps::details(u"Target"_s));
    QVERIFY2(target.ok(), qPrintable(errorText(target)));
    m_target = target.value();
    const Result<IssuedKey> key = m_fixture->generateApiKey(m_target.applicationId);
    QVERIFY2(key.ok(), qPrintable(errorText(key)));
    m_targetKey = key.value();
}

QString CrashConsistencyTest::secretEntry(const IssuedApp& app) const
{
    return SecretEntryKeys::appSecret(registryId(), app.applicationId, CredentialFormat::sha256Hex(app.secret));
}

QString CrashConsistencyTest::keyEntry(const IssuedApp& app, const IssuedKey& key) const
{
    return SecretEntryKeys::apiKey(registryId(), app.applicationId, key.keyId);
}

QStringList CrashConsistencyTest::entriesBefore() const
{
    return sorted({secretEntry(m_bystander), secretEntry(m_target), keyEntry(m_target, m_targetKey)});
}

/// The entries a committed change makes unused, which the actor removes after its commit.
QStringList CrashConsistencyTest::oldEntries(const QString& action) const
{
    if (action == u"regenerate"_s)
        return {secretEntry(m_target)};
    if (action == u"revoke"_s)
        return {keyEntry(m_target, m_targetKey)};
    if (action == u"delete"_s)
        return sorted({secretEntry(m_target), keyEntry(m_target, m_targetKey)});
    return {};
}

QStringList CrashConsistencyTest::expectedLiveEntries(const Case& testCase, const QString& newEntry) const
{
    QStringList live = entriesBefore();
    if (!testCase.committed)
        return live;
    live = without(live, oldEntries(testCase.action));
    if (issuesAPlaintext(testCase.action))
        live.append(newEntry); // a rotated key stays live during its overlap, so its entry stays too
    return sorted(live);
}

QStringList CrashConsistencyTest::liveEntriesInRegistry(const std::shared_ptr<Database>& database) const
{
    const auto clock = m_fixture->clock();
    QStringList live;
    const Result<QList<AppRecord>> apps = AppRepository(database, clock).listApps();
    const Result<QList<KeyRecord>> keys = KeyRepository(database, clock).listKeys();
    if (!apps || !keys)
        return {u"(the registry could not be read: %1)"_s.arg(errorText(apps) + errorText(keys))};
    for (const AppRecord& app : apps.value())
        live.append(SecretEntryKeys::appSecret(registryId(), app.applicationId, app.secretSha256));
    for (const KeyRecord& key : keys.value()) {
        if (KeyRules::isLive(key, clock->nowUtc()))
            live.append(SecretEntryKeys::apiKey(registryId(), key.applicationId, key.keyId));
    }
    return sorted(live);
}

QStringList CrashConsistencyTest::actorArguments(const QString& action) const
{
    if (action == u"create"_s)
        return {action, u"Newcomer"_s};
    if (action == u"rotate"_s || action == u"revoke"_s)
        return {action, m_target.applicationId, m_targetKey.keyId};
    return {action, m_target.applicationId};
}

ActorRun CrashConsistencyTest::runActor(const Case& testCase) const
{
    QProcess actor;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"APPKEYS_TEST_HOOK"_s);
    if (!testCase.hook.isEmpty())
        environment.insert(u"APPKEYS_TEST_HOOK"_s, testCase.hook);
    actor.setProcessEnvironment(environment);
    actor.start(QStringLiteral(APPKEYS_CRASH_ACTOR),
                QStringList{m_fixture->registry().location()} + actorArguments(testCase.action));
    ActorRun run;
    run.finished = actor.waitForFinished(ActorTimeoutMs);
    if (!run.finished) {
        actor.kill();
        actor.waitForFinished(ActorTimeoutMs);
    }
    run.exitStatus = actor.exitStatus();
    run.exitCode = actor.exitCode();
    run.output = QString::fromUtf8(actor.readAllStandardOutput()).trimmed();
    run.errors = QString::fromUtf8(actor.readAllStandardError()).trimmed();
    return run;
}

/// The keychain holds exactly what the case says the actor left: the entries before, less the old entries it
/// removed, plus its new entry.
void CrashConsistencyTest::checkKeychainAfterActor(const Case& testCase, const QStringList& entries)
{
    const QStringList before = entriesBefore();
    const QStringList added = without(entries, before);
    QCOMPARE(without(before, entries), testCase.oldEntriesLeft ? QStringList() : oldEntries(testCase.action));
    QCOMPARE(added.size(), testCase.newEntryLeft ? 1 : 0);
    if (!added.isEmpty())
        checkNewEntry(testCase.action, added.constFirst());
}

/// A new entry has the name of the credential the action issues: of a new app, a new key of the target, or a new
/// secret of the target.
void CrashConsistencyTest::checkNewEntry(const QString& action, const QString& entry)
{
    const std::optional<SecretEntryKeys::ParsedEntryKey> parsed = SecretEntryKeys::parse(registryId(), entry);
    QVERIFY2(parsed.has_value(), qPrintable(entry));
    if (action == u"create"_s) {
        QVERIFY2(parsed->applicationId != m_target.applicationId && parsed->applicationId != m_bystander.applicationId,
                 qPrintable(entry));
        QCOMPARE(parsed->secretHashPrefix.size(), 16);
    } else if (action == u"regenerate"_s) {
        QCOMPARE(parsed->applicationId, m_target.applicationId);
        QCOMPARE(parsed->secretHashPrefix.size(), 16);
        QVERIFY(parsed->secretHashPrefix != CredentialFormat::sha256Hex(m_target.secret).left(16));
    } else {
        QCOMPARE(parsed->applicationId, m_target.applicationId);
        QVERIFY(!parsed->keyId.isEmpty());
        QVERIFY(parsed->keyId != m_targetKey.keyId);
    }
}

void CrashConsistencyTest::checkActorEnding(const Case& testCase, const ActorRun& run, const QString& newEntry)
{
    QVERIFY2(run.finished, "the actor did not finish in time");
    switch (testCase.ending) {
    case Ending::Killed:
        QVERIFY2(run.exitStatus == QProcess::CrashExit, qPrintable(u"not killed: "_s + run.errors));
        QCOMPARE(run.exitCode, SIGKILL);
        QCOMPARE(run.output, QString());
        return;
    case Ending::Succeeded: {
        QVERIFY2(run.exitStatus == QProcess::NormalExit && run.exitCode == 0, qPrintable(run.errors));
        const std::optional<SecretEntryKeys::ParsedEntryKey> parsed = SecretEntryKeys::parse(registryId(), newEntry);
        const QHash<QString, QString> expected{
            {u"create"_s, u"created "_s + (parsed ? parsed->applicationId : QString())},
            {u"generate"_s, u"generated "_s + (parsed ? parsed->keyId : QString())},
            {u"rotate"_s, u"rotated "_s + (parsed ? parsed->keyId : QString())},
            {u"regenerate"_s, u"regenerated "_s + m_target.applicationId},
            {u"revoke"_s, u"revoked "_s + m_targetKey.keyId},
            {u"delete"_s, u"deleted "_s + m_target.applicationId}};
        QCOMPARE(run.output, expected.value(testCase.action));
        return;
    }
    case Ending::Failed:
        QVERIFY2(run.exitStatus == QProcess::NormalExit && run.exitCode == 1,
                 qPrintable(u"did not fail: "_s + run.output + u'\n' + run.errors));
        QCOMPARE(run.output, QString());
        QVERIFY2(run.errors.contains(testCase.message),
                 qPrintable(u"expected “%1” in: %2"_s.arg(testCase.message, run.errors)));
        return;
    }
}

std::shared_ptr<Database> CrashConsistencyTest::reopen() const
{
    Result<std::shared_ptr<Database>> reopened = m_fixture->registry().place().open();
    if (!reopened) {
        QTest::qFail(qPrintable(u"the registry does not open: "_s + reopened.error().text()), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(reopened).value();
}

/// What a restart finds: the registry opens, its audit chain verifies, and after the sweep the keychain holds
/// exactly the entries of the live credentials, each with its plaintext.
void CrashConsistencyTest::checkRestart(const Case& testCase, const std::shared_ptr<Database>& database,
                                        const QStringList& leftByActor, const QString& newEntry)
{
    const Result<std::optional<AuditChainVerifier::Break>> verified = AuditLog(database).verify();
    QVERIFY2(verified.ok(), qPrintable(errorText(verified)));
    QVERIFY2(!verified.value().has_value(), qPrintable(verified.value() ? verified.value()->reason : QString()));

    const QStringList live = expectedLiveEntries(testCase, newEntry);
    QCOMPARE(liveEntriesInRegistry(database), live);
    const Result<KeychainSweep::Outcome> swept = answerOf<Result<KeychainSweep::Outcome>>([&](auto done) {
        KeychainSweep::run(database, std::make_shared<KeychainSecretStore>(), m_fixture->clock(),
                           KeychainSweep::Options{false, std::chrono::seconds(0)}, std::move(done));
    });
    QVERIFY2(swept.ok(), qPrintable(errorText(swept)));
    QCOMPARE(swept.value().listingProblem, QString());
    QCOMPARE(swept.value().youngEntries, QStringList());
    QCOMPARE(swept.value().removedEntries, without(leftByActor, live));
    QCOMPARE(m_fixture->keychainEntries(), live);
    QCOMPARE(swept.value().findings, 0);
    // Each removal is on the audit trail, which still verifies.
    AuditFilter removals;
    removals.action = AuditAction::KeychainEntryRemoved;
    const Result<QList<AuditEntry>> removed = AuditLog(database).entries(removals);
    QVERIFY2(removed.ok(), qPrintable(errorText(removed)));
    QStringList removedOnTheTrail;
    for (const AuditEntry& entry : removed.value())
        removedOnTheTrail.append(entry.details.value(u"entry"_s).toString());
    QCOMPARE(sorted(removedOnTheTrail), swept.value().removedEntries);
    QCOMPARE(AuditLog(database).verify().value(), std::nullopt);
}

/// Every credential a client may still use reveals its plaintext, and every change the registry holds is whole.
void CrashConsistencyTest::checkCredentials(const Case& testCase, const std::shared_ptr<Database>& database,
                                            const QString& newEntry)
{
    const std::optional<SecretEntryKeys::ParsedEntryKey> issued = SecretEntryKeys::parse(registryId(), newEntry);
    QVERIFY(!testCase.committed || !issuesAPlaintext(testCase.action) || issued);
    const auto clock = m_fixture->clock();
    CredentialService credentials(database, std::make_shared<KeychainSecretStore>(), clock);
    checkSecrets(testCase, credentials, AppRepository(database, clock), issued);
    if (QTest::currentTestFailed())
        return;
    checkKeys(testCase, credentials, KeyRepository(database, clock), issued);
}

/// The bystander's secret never changes; the target's is the old one unless a regenerate or a delete committed; a
/// created app is there with its secret only when committed.
void CrashConsistencyTest::checkSecrets(const Case& testCase, CredentialService& credentials, const AppRepository& apps,
                                        const std::optional<SecretEntryKeys::ParsedEntryKey>& issued)
{
    const QString& action = testCase.action;
    const bool committed = testCase.committed;
    const QString target = m_target.applicationId;
    QCOMPARE(revealedSecret(credentials, m_bystander.applicationId), m_bystander.secret);

    QCOMPARE(apps.isDeleted(target).value(), action == u"delete"_s && committed);
    const Result<std::optional<QString>> stored = apps.storedSecretSha256(target);
    QVERIFY2(stored.ok() && stored.value(), qPrintable(errorText(stored)));
    if (action == u"regenerate"_s && committed) {
        QCOMPARE(stored.value()->left(16), issued->secretHashPrefix);
        QCOMPARE(CredentialFormat::sha256Hex(revealedSecret(credentials, target)), *stored.value());
    } else {
        QCOMPARE(*stored.value(), CredentialFormat::sha256Hex(m_target.secret));
        if (!(action == u"delete"_s && committed))
            QCOMPARE(revealedSecret(credentials, target), m_target.secret);
    }

    if (action != u"create"_s)
        return;
    const Result<QList<AppRecord>> listed = apps.listApps();
    QVERIFY2(listed.ok(), qPrintable(errorText(listed)));
    QStringList names;
    for (const AppRecord& app : listed.value())
        names.append(app.details.name);
    const QStringList expectedNames =
        committed ? QStringList{u"Bystander"_s, u"Newcomer"_s, u"Target"_s} : QStringList{u"Bystander"_s, u"Target"_s};
    QCOMPARE(sorted(names), expectedNames);
    if (committed)
        QCOMPARE(CredentialFormat::sha256Hex(revealedSecret(credentials, issued->applicationId)),
                 *apps.storedSecretSha256(issued->applicationId).value());
}

/// The target's key is live with its plaintext unless a revoke or a delete committed, during a rotation's overlap
/// as well; a generated or rotated key is there with its plaintext only when committed.
void CrashConsistencyTest::checkKeys(const Case& testCase, CredentialService& credentials, const KeyRepository& keys,
                                     const std::optional<SecretEntryKeys::ParsedEntryKey>& issued)
{
    const QString& action = testCase.action;
    const bool committed = testCase.committed;
    const QString target = m_target.applicationId;
    const Result<std::optional<KeyRecord>> stored = keys.keyById(m_targetKey.keyId);
    QVERIFY2(stored.ok() && stored.value(), qPrintable(errorText(stored)));
    QCOMPARE(stored.value()->revokedAt.isValid(), action == u"revoke"_s && committed);
    QCOMPARE(stored.value()->expiresAt, action == u"rotate"_s && committed
                                            ? m_fixture->clock()->nowUtc().addDays(KeyRules::DefaultRotationOverlapDays)
                                            : m_targetKey.expiresAt);
    if (!((action == u"revoke"_s || action == u"delete"_s) && committed))
        QCOMPARE(revealedKey(credentials, target, m_targetKey.keyId), m_targetKey.apiKey);

    if (action != u"generate"_s && action != u"rotate"_s)
        return;
    const Result<QList<KeyRecord>> listed = keys.keysForApp(target);
    QVERIFY2(listed.ok(), qPrintable(errorText(listed)));
    QStringList keyIds;
    for (const KeyRecord& key : listed.value())
        keyIds.append(key.keyId);
    const QStringList expectedKeyIds =
        committed ? sorted({m_targetKey.keyId, issued->keyId}) : QStringList{m_targetKey.keyId};
    QCOMPARE(sorted(keyIds), expectedKeyIds);
    if (committed)
        QCOMPARE(CredentialFormat::sha256Hex(revealedKey(credentials, target, issued->keyId)),
                 keys.keyById(issued->keyId).value()->keySha256);
}

void CrashConsistencyTest::runCase(const Case& testCase, const std::function<void()>& beforeReveals)
{
    const ActorRun run = runActor(testCase);
    const QStringList entries = m_fixture->keychainEntries();
    const QString newEntry = without(entries, entriesBefore()).value(0);
    checkActorEnding(testCase, run, newEntry);
    if (QTest::currentTestFailed())
        return;
    checkKeychainAfterActor(testCase, entries);
    if (QTest::currentTestFailed())
        return;
    // The restart: the registry must open.
    const std::shared_ptr<Database> database = reopen();
    QVERIFY(database);
    checkRestart(testCase, database, entries, newEntry);
    if (QTest::currentTestFailed())
        return;
    if (beforeReveals)
        beforeReveals();
    if (QTest::currentTestFailed())
        return;
    checkCredentials(testCase, database, newEntry);
}

void CrashConsistencyTest::aKilledChangeLosesNothing_data()
{
    QTest::addColumn<Case>("testCase");
    const QString beforeWrite = u"kill:keychain.before-write"_s;
    const QString afterWrite = u"kill:keychain.after-write"_s;
    const QString beforeCommit = u"kill:registry.before-commit"_s;
    const QString afterCommit = u"kill:registry.after-commit"_s;
    for (const QString& action : {u"create"_s, u"generate"_s, u"rotate"_s, u"regenerate"_s}) {
        // Nothing written yet.
        addCase(action + u", killed before the keychain write"_s, untouchedByAKill(action, beforeWrite));
        // An orphan entry, which the sweep removes; the registry and the old plaintext as they were.
        addCase(action + u", killed between the keychain write and the commit"_s,
                Case{action, afterWrite, Ending::Killed, {}, false, true, true});
    }
    // Committed: the new secret works, the old entry is an orphan that the sweep removes.
    addCase(u"regenerate, killed between the commit and the old entry's removal"_s,
            Case{u"regenerate"_s, afterCommit, Ending::Killed, {}, true, true, true});
    for (const QString& action : {u"revoke"_s, u"delete"_s}) {
        addCase(action + u", killed before the commit"_s, untouchedByAKill(action, beforeCommit));
        addCase(action + u", killed between the commit and the entries' removal"_s,
                Case{action, afterCommit, Ending::Killed, {}, true, false, true});
    }
}

void CrashConsistencyTest::aKilledChangeLosesNothing()
{
    QFETCH(Case, testCase);
    prepareRegistry();
    if (QTest::currentTestFailed())
        return;
    runCase(testCase);
}

void CrashConsistencyTest::anUnknownCommitOutcomeIsSettled_data()
{
    QTest::addColumn<Case>("testCase");
    for (const QString& action : Actions) {
        // The registry is asked, says "not there", and only then is the new entry taken back.
        addCase(action + u", not committed"_s,
                notCommitted(action, u"fail:registry.commit"_s, u"Could not save the changes to the registry."_s));
        // The registry is asked, says "there": the change stands, its plaintext is kept, old entries go.
        addCase(action + u", committed but the answer lost"_s, Case{action,
                                                                    u"fail:registry.commit-answer-lost"_s,
                                                                    Ending::Succeeded,
                                                                    {},
                                                                    true,
                                                                    issuesAPlaintext(action),
                                                                    false});
    }
}

void CrashConsistencyTest::anUnknownCommitOutcomeIsSettled()
{
    QFETCH(Case, testCase);
    prepareRegistry();
    if (QTest::currentTestFailed())
        return;
    runCase(testCase);
}

void CrashConsistencyTest::aRefusedCommitLeavesTheKeychainAsItWas_data()
{
    QTest::addColumn<Case>("testCase");
    // SQLite checks a deferred foreign key at COMMIT; PostgreSQL runs a deferred constraint trigger there.
    const QString refusal = TestEngine::current() == SqlDialect::Engine::Sqlite ? u"FOREIGN KEY constraint failed"_s
                                                                                : u"refused by the test"_s;
    for (const QString& action : Actions)
        addCase(action + u", refused at COMMIT"_s, notCommitted(action, {}, refusal));
}

void CrashConsistencyTest::aRefusedCommitLeavesTheKeychainAsItWas()
{
    QFETCH(Case, testCase);
    prepareRegistry();
    if (QTest::currentTestFailed())
        return;
    const Status installed = installRefusalAtCommit();
    QVERIFY2(installed.ok(), qPrintable(errorText(installed)));
    runCase(testCase);
}

/// Makes the database refuse, at COMMIT, every transaction that inserts into or updates apps or api_keys.
Status CrashConsistencyTest::installRefusalAtCommit() const
{
    QStringList statements;
    if (TestEngine::current() == SqlDialect::Engine::Sqlite) {
        statements << u"CREATE TABLE refusal_parent (id INTEGER PRIMARY KEY)"_s
                   << u"CREATE TABLE refusal_child (parent_id INTEGER REFERENCES refusal_parent (id) "
                      "DEFERRABLE INITIALLY DEFERRED)"_s;
        for (const QString& table : {u"apps"_s, u"api_keys"_s}) {
            for (const QString& event : {u"INSERT"_s, u"UPDATE"_s})
                statements << u"CREATE TRIGGER refuse_%1_%2 AFTER %3 ON %1 BEGIN INSERT INTO refusal_child VALUES (1); "
                              "END"_s.arg(table, event.toLower(), event);
        }
    } else {
        statements << u"CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS "
                      "$$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$"_s;
        for (const QString& table : {u"apps"_s, u"api_keys"_s})
            statements << u"CREATE CONSTRAINT TRIGGER refuse_%1 AFTER INSERT OR UPDATE ON %1 DEFERRABLE INITIALLY "
                          "DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_change()"_s.arg(table);
    }
    for (const QString& statement : std::as_const(statements)) {
        if (!m_fixture->registry().place().executeOutsideAppKeys(statement))
            return Error{u"could not run: "_s + statement, {}};
    }
    return {};
}

void CrashConsistencyTest::aFullDiskLosesNothing_data()
{
    QTest::addColumn<Case>("testCase");
    for (const QString& action : Actions)
        addCase(action + u" on a full disk"_s, notCommitted(action, {}, u"The disk that holds the registry is full"_s));
}

void CrashConsistencyTest::aFullDiskLosesNothing()
{
    QFETCH(Case, testCase);
    if (TestEngine::current() != SqlDialect::Engine::Sqlite)
        QSKIP("A full disk is an SQLite registry's: it runs in the ctest entry tst_crash_consistency.");
    if (const Status mounted = mountSmallDisk(); !mounted)
        QSKIP(qPrintable(u"No small file system to fill: "_s + mounted.error().text()));
    prepareRegistry(m_mountPoint->path());
    if (QTest::currentTestFailed())
        return;
    // The write-ahead log is emptied, so that the change needs room the disk no longer has.
    QVERIFY(RawSql::execute(*m_fixture->database(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    const Status filled = fillDisk();
    QVERIFY2(filled.ok(), qPrintable(errorText(filled)));

    // The restart still finds the disk full: the registry opens, verifies and is swept without writing. A reveal is
    // audited before the plaintext is handed out, which needs room: for those, the user has made some.
    runCase(testCase, [this] { QVERIFY(QFile::remove(m_mountPoint->filePath(u"filler"_s))); });
}

Status CrashConsistencyTest::mountSmallDisk()
{
    m_mountPoint = std::make_unique<QTemporaryDir>();
    if (!m_mountPoint->isValid())
        return Error{m_mountPoint->errorString(), {}};
    const QByteArray path = QFile::encodeName(m_mountPoint->path());
    if (::mount("appkeys-full-disk", path.constData(), "tmpfs", 0, FullDiskSize) != 0)
        return Error{
            u"mount -t tmpfs was refused (%1); it needs root."_s.arg(QString::fromLocal8Bit(std::strerror(errno))), {}};
    m_mounted = true;
    return {};
}

/// Writes a file until the file system has no byte left.
Status CrashConsistencyTest::fillDisk() const
{
    QFile filler(m_mountPoint->filePath(u"filler"_s));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Error{filler.errorString(), {}};
    for (const qsizetype blockSize : {qsizetype(64 * 1024), qsizetype(1)}) {
        const QByteArray block(blockSize, 'x');
        while (filler.write(block) == blockSize) {
        }
    }
    if (filler.size() == 0)
        return Error{u"nothing could be written to the small file system"_s, {}};
    return {};
}

QTEST_GUILESS_MAIN(CrashConsistencyTest)
#include "tst_crash_consistency.moc"
