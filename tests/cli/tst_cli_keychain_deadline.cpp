// `appkeys alerts --send`, as a systemd timer runs it, against a keychain that never answers: it gives up at the
// keychain's deadline (the setting keychain/deadline_seconds) with the reason, exit 1, instead of hanging the timer.
// Runs on a session bus of its own (dbus-run-session), where appkeys_silent_secret_service holds the Secret Service.
#include "AppSettings.h"
#include "ApplicationIdentity.h"
#include "CliProcess.h"
#include "ErrorText.h"
#include "SampleApps.h"
#include "SettingsRules.h"
#include "SilentSecretService.h"
#include "TemporaryRegistry.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

class CliKeychainDeadlineTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void alertsSendGivesUpAtTheDeadline();
    void listNeedsNoKeychain();

private:
    QTemporaryDir m_configHome;
    SilentSecretService m_silent;
    std::unique_ptr<TemporaryRegistry> m_registry;
};

void CliKeychainDeadlineTest::initTestCase()
{
    if (qEnvironmentVariable("APPKEYS_TEST_KEYCHAIN") != u"silent"_s)
        QSKIP("needs a session bus of its own: run by ctest (dbus-run-session)");
    QVERIFY(m_configHome.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configHome.path()));
    applyApplicationIdentity();
    AppSettings settings;
    settings.setAlertsEnabled(true);
    QVERIFY(settings.setAlertThresholdDays(SettingsRules::defaultThresholdDays()).isValid());
    QVERIFY(settings.setWebhookUrl(u"http://127.0.0.1:9/never-reached"_s).isValid());
    QVERIFY(settings.setKeychainDeadlineSeconds(1).isValid());
    QVERIFY(settings.save().ok());

    m_registry = std::make_unique<TemporaryRegistry>();
    QVERIFY2(m_registry->isOpen(), qPrintable(m_registry->errorText()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const AppRecord app = SampleApps::record(u"Booking site"_s, now);
    QVERIFY(m_registry->repository()->insertApp(app).ok());
    QVERIFY(m_registry->keys()->insertKey(SampleApps::key(app.applicationId, now, 5)).ok());
    m_registry->close();
    QVERIFY2(m_silent.start(), qPrintable(m_silent.problem()));
}

void CliKeychainDeadlineTest::alertsSendGivesUpAtTheDeadline()
{
    QElapsedTimer elapsed;
    elapsed.start();
    const CliProcess cli = CliProcess::run({u"alerts"_s, u"--send"_s, u"--database"_s, m_registry->filePath()});
    QCOMPARE(cli.exitCode, 1);
    QVERIFY2(cli.err.startsWith(u"appkeys: Could not check the keychain: The OS keychain did not answer within 1 "
                                "second.\nYour keyring may be locked"_s),
             qPrintable(cli.describe()));
    // A few deadlines of one second, not the minutes a D-Bus call may wait.
    QVERIFY2(elapsed.elapsed() < 20000, qPrintable(QString::number(elapsed.elapsed())));
}

void CliKeychainDeadlineTest::listNeedsNoKeychain()
{
    const CliProcess cli = CliProcess::run({u"list"_s, u"--database"_s, m_registry->filePath()});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.describe()));
    QVERIFY2(cli.out.contains(u"Booking site"_s), qPrintable(cli.out));
}

QTEST_GUILESS_MAIN(CliKeychainDeadlineTest)
#include "tst_cli_keychain_deadline.moc"
