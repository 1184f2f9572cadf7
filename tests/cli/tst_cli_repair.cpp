#include "AuditLog.h"
#include "CallbackResult.h"
#include "CliProcess.h"
#include "CredentialFormat.h"
#include "ErrorText.h"
#include "KeychainReportFile.h"
#include "KeychainSecretStore.h"
#include "SampleApps.h"
#include "SecretEntryKeys.h"
#include "ServiceFixture.h"
#include "TestKeychain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

/// `appkeys repair` and what `list` and `show` then say, as a person or a script runs them: the command line's own
/// process, on a real SQLite registry whose secrets are in the real keychain (scripts/with-keyring).
class CliRepairTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aDryRunListsWhatItWouldRemoveAndWhatIsMissing();
    void repairRemovesUnusedEntriesOnTheTrail();
    void listAndShowMarkAMissingSecret();
    void aKeychainInStepExitsZero();
    void refusesABadGrace();

private:
    CliProcess run(QStringList arguments) const;
    QString registryId() const { return m_fixture->database()->registryId(); }

    std::unique_ptr<ServiceFixture> m_fixture;
    IssuedApp m_app;
    QString m_orphan;
};

void CliRepairTest::initTestCase()
{
    const QString problem = TestKeychain::environmentProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(QFile::exists(CliProcess::program()));
}

void CliRepairTest::init()
{
    m_fixture = std::make_unique<ServiceFixture>();
    QVERIFY2(m_fixture->problem().isEmpty(), qPrintable(m_fixture->problem()));
    // The command line judges keys live by the real clock, so the services here issue them by it too.
    m_fixture->clock()->setNowUtc(QDateTime::currentDateTimeUtc());
    const Result<IssuedApp> app = m_fixture->createApp(SampleApps::details(u"Booking site"_s));
    QVERIFY2(app.ok(), qPrintable(errorText(app)));
    m_app = app.value();
    // A key entry of a key the registry never committed, as a crash between keychain and commit leaves it.
    m_orphan = SecretEntryKeys::apiKey(registryId(), m_app.applicationId, u"never-committed"_s);
    KeychainSecretStore keychain;
    QVERIFY(answerOf<Status>([&](auto done) {
                keychain.write(m_orphan, CredentialFormat::generate(CredentialKind::ApiKey), std::move(done));
            }).ok());
}

void CliRepairTest::cleanup()
{
    QVERIFY(m_fixture->removeKeychainEntries());
    QFile::remove(KeychainReportFile::pathFor(registryId()));
}

CliProcess CliRepairTest::run(QStringList arguments) const
{
    return CliProcess::run(arguments << u"--database"_s << m_fixture->registry().filePath());
}

void CliRepairTest::aDryRunListsWhatItWouldRemoveAndWhatIsMissing()
{
    const QString secretEntry =
        SecretEntryKeys::appSecret(registryId(), m_app.applicationId, CredentialFormat::sha256Hex(m_app.secret));
    QVERIFY(TestKeychain::remove(secretEntry).ok());

    const CliProcess cli = run({u"repair"_s, u"--dry-run"_s, u"--grace"_s, u"0"_s});

    QCOMPARE(cli.exitCode, 1);
    QCOMPARE(cli.out, u"Would remove 1 keychain entry that no live credential uses:\n"
                      "  %1\n"
                      "“Booking site” (%2), %3: Secret not in this keychain. Regenerate the secret to issue one that "
                      "works here.\n"_s.arg(m_orphan, m_app.applicationId, m_app.secretHint));
    QCOMPARE(cli.err,
             u"appkeys: 1 live credential lacks its plaintext in this keychain.\n"
             "Regenerate or rotate them as listed; on a team registry, the admin who issued one may hold it.\n"_s);
    QVERIFY(m_fixture->keychainEntries().contains(m_orphan));
}

void CliRepairTest::repairRemovesUnusedEntriesOnTheTrail()
{
    const CliProcess cli = run({u"repair"_s, u"--grace"_s, u"0"_s, u"--json"_s});

    QVERIFY2(cli.exitCode == 0, qPrintable(cli.describe()));
    const QJsonObject report = QJsonDocument::fromJson(cli.out.toUtf8()).object();
    QCOMPARE(report.value(u"dry_run"_s).toBool(true), false);
    QCOMPARE(report.value(u"removed"_s).toArray(), QJsonArray{m_orphan});
    QCOMPARE(report.value(u"young"_s).toArray(), QJsonArray());
    QCOMPARE(report.value(u"findings"_s).toArray(), QJsonArray());
    QVERIFY(report.value(u"listing_problem"_s).isNull());
    QVERIFY(!m_fixture->keychainEntries().contains(m_orphan));
    AuditFilter removals;
    removals.action = AuditAction::KeychainEntryRemoved;
    const Result<QList<AuditEntry>> trail = AuditLog(m_fixture->database()).entries(removals);
    QCOMPARE(trail.value().size(), 1);
    QCOMPARE(trail.value().constFirst().details.value(u"entry"_s).toString(), m_orphan);
    QCOMPARE(trail.value().constFirst().applicationId, m_app.applicationId);
}

void CliRepairTest::listAndShowMarkAMissingSecret()
{
    const QString secretEntry =
        SecretEntryKeys::appSecret(registryId(), m_app.applicationId, CredentialFormat::sha256Hex(m_app.secret));
    QVERIFY(TestKeychain::remove(secretEntry).ok());
    QCOMPARE(run({u"repair"_s, u"--dry-run"_s}).exitCode, 1);

    const CliProcess listed = run({u"list"_s, u"--json"_s});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    // The marks are written as text (KeychainMarks::jsonText): byte for byte what QJsonDocument writes of them.
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).toJson(QJsonDocument::Indented), listed.out.toUtf8());
    const QJsonObject keychain =
        QJsonDocument::fromJson(listed.out.toUtf8()).array().at(0).toObject().value(u"keychain"_s).toObject();
    QCOMPARE(keychain.value(u"secret"_s).toString(), u"missing"_s);
    QCOMPARE(keychain.value(u"keys"_s).toArray(), QJsonArray());
    QCOMPARE(keychain.value(u"problems"_s).toArray(), QJsonArray{u"Secret not in this keychain"_s});
    QVERIFY(!keychain.value(u"checked_at"_s).toString().isEmpty());

    const CliProcess table = run({u"list"_s});
    QVERIFY2(table.out.contains(u"No key (Secret not in this keychain)"_s), qPrintable(table.out));

    const CliProcess shown = run({u"show"_s, u"Booking site"_s});
    QVERIFY2(shown.out.contains(u"Keychain: Secret not in this keychain (%1). Regenerate the secret to issue one that "
                                "works here.\n"_s.arg(m_app.secretHint)),
             qPrintable(shown.out));

    // Regenerating is the cure: the report's finding no longer applies to the new secret.
    const Result<IssuedApp> regenerated = answerOf<Result<IssuedApp>>(
        [&](auto done) { m_fixture->credentials().regenerateSecret(m_app.applicationId, std::move(done)); });
    QVERIFY2(regenerated.ok(), qPrintable(errorText(regenerated)));
    const CliProcess cured = run({u"list"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(cured.out.toUtf8())
                 .array()
                 .at(0)
                 .toObject()
                 .value(u"keychain"_s)
                 .toObject()
                 .value(u"problems"_s)
                 .toArray(),
             QJsonArray());
}

void CliRepairTest::aKeychainInStepExitsZero()
{
    QVERIFY(TestKeychain::remove(m_orphan).ok());
    const Result<IssuedKey> key = m_fixture->generateApiKey(m_app.applicationId);
    QVERIFY2(key.ok(), qPrintable(errorText(key)));

    const CliProcess cli = run({u"repair"_s});

    QVERIFY2(cli.exitCode == 0, qPrintable(cli.describe()));
    QCOMPARE(cli.out, u"This keychain and the registry are in step.\n"_s);
    const CliProcess shown = run({u"show"_s, m_app.applicationId});
    QVERIFY2(shown.out.contains(u"Keychain: every live credential is there (checked "_s), qPrintable(shown.out));
}

void CliRepairTest::refusesABadGrace()
{
    const CliProcess cli = run({u"repair"_s, u"--grace"_s, u"soon"_s});
    QCOMPARE(cli.exitCode, 2);
    QVERIFY2(cli.err.startsWith(u"appkeys: bad number of minutes “soon” for '--grace': use a whole number from 0 to "
                                "10080\n"_s),
             qPrintable(cli.err));
    QVERIFY(m_fixture->keychainEntries().contains(m_orphan));
}

QTEST_GUILESS_MAIN(CliRepairTest)
#include "tst_cli_repair.moc"
