#include "AppSettings.h"
#include "ApplicationIdentity.h"
#include "CliProcess.h"
#include "CommandLine.h"
#include "ErrorText.h"
#include "KeychainSecretStore.h"
#include "SampleApps.h"
#include "SettingsRules.h"
#include "TemporaryRegistry.h"
#include "TestKeychain.h"
#include "TestSigningSecret.h"
#include "WebhookReceiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

/// One try and the three retries of WebhookSender's default policy, which the command line keeps.
constexpr int AttemptsPerRun = 4;

QJsonObject parseObject(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("Not JSON (%s): %s", qPrintable(error.errorString()), qPrintable(text));
    return document.object();
}

/// The cells of a row of `appkeys alerts`: its columns are two or more spaces apart, and no cell holds two spaces.
QStringList cellsOf(const QString& row)
{
    static const QRegularExpression columnGap(u" {2,}"_s);
    return row.split(columnGap);
}

} // namespace

/// `appkeys alerts` as a cron job runs it: its own process, on a real SQLite registry, with the signing secret in the
/// real keychain (scripts/with-keyring), the settings in a QSettings file of this test's own, and the webhook's
/// receiver a real HTTP server in this process.
class CliAlertsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsTheDueKeyOnly();
    void listsAsJson();
    void sendDeliversOnceWithAValidSignature();
    void twoRunsAtOnceDeliverTheAlertOnce();
    void aFailedDeliveryStaysPendingUntilTheReceiverWorks();
    void aMissingSigningSecretKeepsTheAlertPending();
    void refusesAWebhookUrlThatIsNotHttp();
    void refusesToSendWithoutAWebhookUrl();
    void refusesToSendReadOnly();
    void turnedOffAlertsAreListedButNotSent();

private:
    CliProcess run(QStringList arguments) const;
    void saveWebhookUrl(const QString& url);
    void setSigningSecret(bool present);
    QString settingsFileName() const { return AppSettings().fileName(); }

    QTemporaryDir m_configHome;
    std::shared_ptr<KeychainSecretStore> m_secrets = std::make_shared<KeychainSecretStore>();
    std::unique_ptr<TemporaryRegistry> m_registry;
    QString m_registryId;
    AppRecord m_dueApp;
    KeyRecord m_dueKey;
    KeyRecord m_laterKey;
    QString m_signingSecret;
    std::unique_ptr<WebhookReceiver> m_receiver;
};

void CliAlertsTest::initTestCase()
{
    const QString problem = TestKeychain::environmentProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(QFile::exists(CliProcess::program()));
    QVERIFY(m_configHome.isValid());
    // QSettings follows XDG_CONFIG_HOME, here and in every command this test starts, which inherit it.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configHome.path()));
    applyApplicationIdentity();
    QVERIFY2(settingsFileName().startsWith(m_configHome.path() + u'/'), qPrintable(settingsFileName()));
}

void CliAlertsTest::init()
{
    m_registry = std::make_unique<TemporaryRegistry>();
    QVERIFY2(m_registry->isOpen(), qPrintable(m_registry->errorText()));
    m_registryId = m_registry->database()->registryId();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_dueApp = SampleApps::record(u"Booking site"_s, now);
    const AppRecord laterApp = SampleApps::record(u"Front desk"_s, now);
    // 5 days ahead: past the 7-day threshold (not yet the 1-day one) however long the test runs.
    m_dueKey = SampleApps::key(m_dueApp.applicationId, now, 5);
    m_laterKey = SampleApps::key(laterApp.applicationId, now, 200);
    for (const Status& inserted :
         {m_registry->repository()->insertApp(m_dueApp), m_registry->keys()->insertKey(m_dueKey),
          m_registry->repository()->insertApp(laterApp), m_registry->keys()->insertKey(m_laterKey)})
        QVERIFY2(inserted.ok(), qPrintable(errorText(inserted)));
    m_registry->close();

    m_signingSecret = u"whsec-"_s + QUuid::createUuid().toString(QUuid::Id128);
    setSigningSecret(true);
    m_receiver = std::make_unique<WebhookReceiver>();
    QVERIFY(m_receiver->listen());
    AppSettings settings;
    settings.setAlertsEnabled(true);
    QVERIFY(settings.setAlertThresholdDays(SettingsRules::defaultThresholdDays()).isValid());
    QVERIFY(settings.save().ok());
    saveWebhookUrl(m_receiver->url());
}

void CliAlertsTest::cleanup()
{
    setSigningSecret(false);
    m_receiver.reset();
    m_registry.reset();
}

CliProcess CliAlertsTest::run(QStringList arguments) const
{
    const CliProcess cli = CliProcess::run(arguments << u"--database"_s << m_registry->filePath());
    if (cli.out.contains(m_signingSecret) || cli.err.contains(m_signingSecret))
        qFatal("The command printed the signing secret");
    return cli;
}

void CliAlertsTest::saveWebhookUrl(const QString& url)
{
    AppSettings settings;
    const FieldCheck check = settings.setWebhookUrl(url);
    QVERIFY2(check.isValid(), qPrintable(check.message));
    const Status saved = settings.save();
    QVERIFY2(saved.ok(), qPrintable(errorText(saved)));
}

void CliAlertsTest::setSigningSecret(bool present)
{
    const Status done = present ? TestSigningSecret::save(m_secrets, m_registryId, m_signingSecret)
                                : TestSigningSecret::remove(m_secrets, m_registryId);
    QVERIFY2(done.ok(), qPrintable(errorText(done)));
}

void CliAlertsTest::listsTheDueKeyOnly()
{
    const CliProcess cli = run({u"alerts"_s});
    QVERIFY2(cli.exitCode == CommandLine::Success, qPrintable(cli.describe()));
    QCOMPARE(cli.err, QString());
    const QStringList lines = cli.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u"Key"_s) && lines.at(0).contains(u"Days left"_s) &&
                 lines.at(0).contains(u"Attempts"_s) && lines.at(0).contains(u"Last error"_s),
             qPrintable(lines.at(0)));
    QCOMPARE(cellsOf(lines.at(1)),
             (QStringList{m_dueKey.keyHint, u"Booking site"_s, m_dueKey.expiresAt.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s),
                          u"4"_s, u"7"_s, u"0"_s, u"—"_s}));
    QVERIFY2(!cli.out.contains(m_laterKey.keyHint), qPrintable(cli.out));
    QVERIFY2(!cli.out.contains(u"turned off"_s), qPrintable(cli.out));
}

void CliAlertsTest::listsAsJson()
{
    const CliProcess cli = run({u"alerts"_s, u"--json"_s});
    QVERIFY2(cli.exitCode == CommandLine::Success, qPrintable(cli.describe()));
    const QJsonObject listed = parseObject(cli.out);
    QCOMPARE(listed.value(u"alerts_enabled"_s).toBool(false), true);
    const QJsonArray due = listed.value(u"due"_s).toArray();
    QCOMPARE(due.size(), 1);
    const QJsonObject alert = due.first().toObject();
    const QStringList keys = alert.keys();
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
             (QSet<QString>{u"application_id"_s, u"application_name"_s, u"key_id"_s, u"key_hint"_s, u"expires_at"_s,
                            u"days_left"_s, u"expired"_s, u"threshold_days"_s, u"attempts"_s, u"last_error"_s}));
    QCOMPARE(alert.value(u"application_id"_s).toString(), m_dueApp.applicationId);
    QCOMPARE(alert.value(u"application_name"_s).toString(), u"Booking site"_s);
    QCOMPARE(alert.value(u"key_id"_s).toString(), m_dueKey.keyId);
    QCOMPARE(alert.value(u"key_hint"_s).toString(), m_dueKey.keyHint);
    QCOMPARE(alert.value(u"expires_at"_s).toString(), m_dueKey.expiresAt.toUTC().toString(Qt::ISODateWithMs));
    QCOMPARE(alert.value(u"days_left"_s).toInt(), 4);
    QCOMPARE(alert.value(u"expired"_s).toBool(true), false);
    QCOMPARE(alert.value(u"threshold_days"_s).toInt(), 7);
    QCOMPARE(alert.value(u"attempts"_s).toInt(-1), 0);
    QCOMPARE(alert.value(u"last_error"_s).toString(u"?"_s), QString());
}

void CliAlertsTest::sendDeliversOnceWithAValidSignature()
{
    const CliProcess sent = run({u"alerts"_s, u"--send"_s});
    QVERIFY2(sent.exitCode == CommandLine::Success, qPrintable(sent.describe()));
    QCOMPARE(sent.out, u"Delivered 1 alert.\n"_s);
    QCOMPARE(sent.err, QString());

    QCOMPARE(m_receiver->requests().size(), 1);
    const WebhookReceiver::Request& request = m_receiver->requests().first();
    QCOMPARE(request.contentType, QByteArray("application/json"));
    QCOMPARE(request.signatureProblem(m_signingSecret), QString());
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(u"event"_s).toString(), u"appkeys.key_expiring"_s);
    QCOMPARE(body.value(u"application_id"_s).toString(), m_dueApp.applicationId);
    QCOMPARE(body.value(u"key_hint"_s).toString(), m_dueKey.keyHint);
    QCOMPARE(body.value(u"threshold_days"_s).toInt(), 7);
    QCOMPARE(body.value(u"registry_id"_s).toString(), m_registryId);

    const CliProcess again = run({u"alerts"_s, u"--send"_s});
    QVERIFY2(again.exitCode == CommandLine::Success, qPrintable(again.describe()));
    QCOMPARE(again.out, u"Delivered 0 alerts.\n"_s);
    QCOMPARE(m_receiver->requests().size(), 1);
    const CliProcess listed = run({u"alerts"_s});
    QVERIFY2(listed.exitCode == CommandLine::Success, qPrintable(listed.describe()));
    QCOMPARE(listed.out, u"No expiry alert is due.\n"_s);
}

void CliAlertsTest::twoRunsAtOnceDeliverTheAlertOnce()
{
    std::array<QProcess, 2> runs;
    QProcessEnvironment english = QProcessEnvironment::systemEnvironment();
    english.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    english.insert(u"LANGUAGE"_s, u"en"_s);
    for (QProcess& sending : runs) {
        sending.setProcessEnvironment(english);
        sending.start(CliProcess::program(), {u"alerts"_s, u"--send"_s, u"--database"_s, m_registry->filePath()});
    }
    // The test's event loop answers both meanwhile.
    QVERIFY(QTest::qWaitFor(
        [&runs] { return runs[0].state() == QProcess::NotRunning && runs[1].state() == QProcess::NotRunning; }, 60000));
    QStringList outputs;
    for (QProcess& sending : runs) {
        QCOMPARE(sending.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sending.exitCode(), CommandLine::Success);
        QCOMPARE(sending.readAllStandardError(), QByteArray());
        outputs.append(QString::fromUtf8(sending.readAllStandardOutput()));
    }
    outputs.sort();
    QCOMPARE(outputs, (QStringList{u"Delivered 0 alerts.\n"_s, u"Delivered 1 alert.\n"_s}));
    QCOMPARE(m_receiver->requests().size(), 1);
    QCOMPARE(m_receiver->requests().constFirst().signatureProblem(m_signingSecret), QString());
}

void CliAlertsTest::aFailedDeliveryStaysPendingUntilTheReceiverWorks()
{
    m_receiver->setBehaviour(WebhookReceiver::Behaviour::ServerError);
    // Takes the default back-off's 1 + 2 + 4 seconds: the command line has no way to shorten it, nor should it.
    const CliProcess failed = run({u"alerts"_s, u"--send"_s});
    QVERIFY2(failed.exitCode == CommandLine::Failure, qPrintable(failed.describe()));
    QCOMPARE(failed.out, u"Delivered 0 alerts.\n"_s);
    QVERIFY2(
        failed.err.contains(u"Pending: The API key %1 of “Booking site” expires in 4 days"_s.arg(m_dueKey.keyHint)),
        qPrintable(failed.err));
    QVERIFY2(failed.err.contains(u"The webhook answered HTTP 500"_s), qPrintable(failed.err));
    QVERIFY2(failed.err.contains(u"appkeys: 1 alert stays pending."_s), qPrintable(failed.err));
    QCOMPARE(m_receiver->requests().size(), AttemptsPerRun);
    QVERIFY(m_receiver->acceptedBodies().isEmpty());

    const CliProcess listed = run({u"alerts"_s});
    QVERIFY2(listed.exitCode == CommandLine::Success, qPrintable(listed.describe()));
    const QStringList row = cellsOf(listed.out.split(u'\n', Qt::SkipEmptyParts).value(1));
    QCOMPARE(row.value(0), m_dueKey.keyHint);
    QCOMPARE(row.value(5), QString::number(AttemptsPerRun));
    QVERIFY2(row.value(6).startsWith(u"The webhook answered HTTP 500"_s), qPrintable(listed.out));
    const QJsonObject pending =
        parseObject(run({u"alerts"_s, u"--json"_s}).out).value(u"due"_s).toArray().first().toObject();
    QCOMPARE(pending.value(u"key_id"_s).toString(), m_dueKey.keyId);
    QCOMPARE(pending.value(u"attempts"_s).toInt(), AttemptsPerRun);
    QVERIFY2(pending.value(u"last_error"_s).toString().contains(u"HTTP 500"_s),
             qPrintable(pending.value(u"last_error"_s).toString()));

    m_receiver->setBehaviour(WebhookReceiver::Behaviour::Accept);
    const CliProcess fixed = run({u"alerts"_s, u"--send"_s, u"--json"_s});
    QVERIFY2(fixed.exitCode == CommandLine::Success, qPrintable(fixed.describe()));
    QCOMPARE(fixed.err, QString());
    const QJsonObject summary = parseObject(fixed.out);
    QCOMPARE(summary.value(u"pending"_s).toArray(), QJsonArray());
    const QJsonArray delivered = summary.value(u"delivered"_s).toArray();
    QCOMPARE(delivered.size(), 1);
    QCOMPARE(delivered.first().toObject().value(u"key_id"_s).toString(), m_dueKey.keyId);
    QCOMPARE(delivered.first().toObject().value(u"attempts"_s).toInt(), AttemptsPerRun + 1);
    QCOMPARE(m_receiver->acceptedBodies().size(), 1);
    QCOMPARE(QJsonDocument::fromJson(m_receiver->acceptedBodies().first()).object().value(u"key_hint"_s).toString(),
             m_dueKey.keyHint);
    QCOMPARE(run({u"alerts"_s}).out, u"No expiry alert is due.\n"_s);
}

void CliAlertsTest::aMissingSigningSecretKeepsTheAlertPending()
{
    setSigningSecret(false);
    const CliProcess cli = run({u"alerts"_s, u"--send"_s});
    QVERIFY2(cli.exitCode == CommandLine::Failure, qPrintable(cli.describe()));
    QVERIFY2(cli.err.contains(u"No webhook signing secret is set"_s), qPrintable(cli.err));
    QVERIFY2(cli.err.contains(m_dueKey.keyHint), qPrintable(cli.err));
    QVERIFY(m_receiver->requests().isEmpty());

    setSigningSecret(true);
    const CliProcess sent = run({u"alerts"_s, u"--send"_s});
    QVERIFY2(sent.exitCode == CommandLine::Success, qPrintable(sent.describe()));
    QCOMPARE(sent.out, u"Delivered 1 alert.\n"_s);
    QCOMPARE(m_receiver->acceptedBodies().size(), 1);
}

void CliAlertsTest::refusesAWebhookUrlThatIsNotHttp()
{
    // As a hand-edited settings file would have it: AppSettings itself refuses to store such a URL.
    const QString url = u"ftp://hooks.example.com/appkeys"_s;
    {
        QSettings settings;
        settings.setValue(u"alerts/webhook_url"_s, url);
    }
    QCOMPARE(AppSettings().webhookUrl(), url);

    const CliProcess cli = run({u"alerts"_s, u"--send"_s});
    QVERIFY2(cli.exitCode == CommandLine::Failure, qPrintable(cli.describe()));
    QCOMPARE(cli.out, QString());
    QVERIFY2(cli.err.contains(u"The webhook URL in Settings cannot be used: "_s +
                              SettingsRules::checkWebhookUrl(url).message),
             qPrintable(cli.err));
    QVERIFY2(cli.err.contains(settingsFileName()), qPrintable(cli.err));
    QVERIFY(m_receiver->requests().isEmpty());

    const CliProcess listed = run({u"alerts"_s});
    QVERIFY2(listed.exitCode == CommandLine::Success, qPrintable(listed.describe()));
    QVERIFY2(listed.out.contains(m_dueKey.keyHint), qPrintable(listed.out));
}

void CliAlertsTest::refusesToSendWithoutAWebhookUrl()
{
    saveWebhookUrl(QString());
    const CliProcess cli = run({u"alerts"_s, u"--send"_s});
    QVERIFY2(cli.exitCode == CommandLine::Failure, qPrintable(cli.describe()));
    QCOMPARE(cli.out, QString());
    QVERIFY2(cli.err.startsWith(u"appkeys: No webhook URL is set in Settings"_s), qPrintable(cli.err));
    QVERIFY2(cli.err.contains(u"Set the webhook URL in the window's Settings"_s), qPrintable(cli.err));
    QVERIFY2(cli.err.contains(settingsFileName()), qPrintable(cli.err));
}

void CliAlertsTest::refusesToSendReadOnly()
{
    const CliProcess cli = run({u"alerts"_s, u"--send"_s, u"--read-only"_s});
    QVERIFY2(cli.exitCode == CommandLine::BadUsage, qPrintable(cli.describe()));
    QVERIFY2(cli.err.startsWith(u"appkeys: --send records deliveries and cannot run read-only\n"_s),
             qPrintable(cli.err));
    QVERIFY(m_receiver->requests().isEmpty());

    const CliProcess listed = run({u"--read-only"_s, u"alerts"_s});
    QVERIFY2(listed.exitCode == CommandLine::Success, qPrintable(listed.describe()));
    QVERIFY2(listed.out.contains(m_dueKey.keyHint), qPrintable(listed.out));
}

void CliAlertsTest::turnedOffAlertsAreListedButNotSent()
{
    AppSettings settings;
    settings.setAlertsEnabled(false);
    QVERIFY(settings.save().ok());

    const CliProcess listed = run({u"alerts"_s});
    QVERIFY2(listed.exitCode == CommandLine::Success, qPrintable(listed.describe()));
    QVERIFY2(listed.out.startsWith(u"Expiry alerts are turned off in Settings"_s), qPrintable(listed.out));
    QVERIFY2(listed.out.contains(m_dueKey.keyHint), qPrintable(listed.out));
    QCOMPARE(parseObject(run({u"alerts"_s, u"--json"_s}).out).value(u"alerts_enabled"_s).toBool(true), false);

    const CliProcess sent = run({u"alerts"_s, u"--send"_s});
    QVERIFY2(sent.exitCode == CommandLine::Success, qPrintable(sent.describe()));
    QCOMPARE(sent.out, u"Expiry alerts are turned off in Settings: nothing was sent.\n"_s);
    QVERIFY(m_receiver->requests().isEmpty());
}

QTEST_GUILESS_MAIN(CliAlertsTest)
#include "tst_cli_alerts.moc"
