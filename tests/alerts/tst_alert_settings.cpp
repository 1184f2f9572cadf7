#include "AppSettings.h"
#include "CallbackResult.h"
#include "ErrorCode.h"
#include "ErrorText.h"
#include "KeychainSecretStore.h"
#include "SettingsRules.h"
#include "TestKeychain.h"
#include "WebhookSigningSecret.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace AppKeys;

Q_DECLARE_METATYPE(FieldCheck::Severity)

class AlertSettingsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void defaultsFollowTheProduct();
    void valuesSurviveANewInstance();
    void programSettingsUseTheWindowsNames();
    void thresholdText_data();
    void thresholdText();
    void webhookUrl_data();
    void webhookUrl();
    void numberRanges();
    void anInvalidValueIsNotWritten();
    void handEditedValuesFallBackToDefaults();

    void signingSecretRules();
    void signingSecretLivesInTheKeychainOnly();
    void aMissingSigningSecretSaysSo();

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    QString settingsPath() const { return m_folder->filePath(u"appkeys.conf"_s); }
};

void AlertSettingsTest::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
}

void AlertSettingsTest::defaultsFollowTheProduct()
{
    const AppSettings settings(settingsPath());
    QVERIFY(settings.alertsEnabled());
    QCOMPARE(settings.alertThresholdDays(), (QList<int>{30, 7, 1}));
    QCOMPARE(settings.webhookUrl(), QString());
    QCOMPARE(settings.defaultKeyLifetimeDays(), 365);
    QCOMPARE(settings.rotationOverlapDays(), 7);
    QCOMPARE(settings.clipboardClearSeconds(), 30);
    QCOMPARE(SettingsRules::keyLifetimePresetDays(), (QList<int>{30, 90, 180, 365}));

    const AlertOptions options = settings.alertOptions();
    QVERIFY(options.enabled);
    QCOMPARE(options.thresholdDays, (QList<int>{30, 7, 1}));
    QVERIFY(options.webhookUrl.isEmpty());
}

void AlertSettingsTest::valuesSurviveANewInstance()
{
    {
        AppSettings settings(settingsPath());
        settings.setAlertsEnabled(false);
        QVERIFY(settings.setAlertThresholdDays({3, 60, 14}).isValid());
        QVERIFY(settings.setWebhookUrl(u"  https://hooks.example.com/appkeys  "_s).isValid());
        QVERIFY(settings.setDefaultKeyLifetimeDays(500).isValid());
        QVERIFY(settings.setRotationOverlapDays(0).isValid());
        QVERIFY(settings.setClipboardClearSeconds(300).isValid());
        const Status saved = settings.save();
        QVERIFY2(saved.ok(), qPrintable(errorText(saved)));
    }
    const AppSettings reread(settingsPath());
    QVERIFY(!reread.alertsEnabled());
    QCOMPARE(reread.alertThresholdDays(), (QList<int>{60, 14, 3}));
    QCOMPARE(reread.webhookUrl(), u"https://hooks.example.com/appkeys"_s);
    QCOMPARE(reread.defaultKeyLifetimeDays(), 500);
    QCOMPARE(reread.rotationOverlapDays(), 0);
    QCOMPARE(reread.clipboardClearSeconds(), 300);
}

void AlertSettingsTest::programSettingsUseTheWindowsNames()
{
    // The names main() and the command line give the application; the file must be the same for both.
    QCoreApplication::setApplicationName(u"AppKeys"_s);
    QCoreApplication::setOrganizationDomain(u"appkeys.example"_s);
    const AppSettings settings;
    QVERIFY2(settings.fileName().endsWith(u"/appkeys.example/AppKeys.conf"_s), qPrintable(settings.fileName()));
}

void AlertSettingsTest::thresholdText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("expected"); // empty: refused
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("default") << u"30, 7, 1"_s << QList<int>{30, 7, 1} << QString();
    QTest::newRow("any order, spaces") << u"1 30  7"_s << QList<int>{30, 7, 1} << QString();
    QTest::newRow("limits") << u"365;1"_s << QList<int>{365, 1} << QString();
    QTest::newRow("empty") << u" "_s << QList<int>{} << u"at least one"_s;
    QTest::newRow("zero") << u"30, 0"_s << QList<int>{} << u"0 days is not a valid alert threshold"_s;
    QTest::newRow("too far") << u"366"_s << QList<int>{} << u"1 to 365 days"_s;
    QTest::newRow("negative") << u"-7"_s << QList<int>{} << u"-7 days"_s;
    QTest::newRow("twice") << u"7, 30, 7"_s << QList<int>{} << u"7 days is in the list twice"_s;
    QTest::newRow("not a number") << u"30, a week"_s << QList<int>{} << u"“a” is not a whole number"_s;
    QTest::newRow("fraction") << u"7.5"_s << QList<int>{} << u"“7.5” is not a whole number"_s;
    QTest::newRow("too many") << u"1 2 3 4 5 6 7 8 9 10 11"_s << QList<int>{} << u"At most 10"_s;
}

void AlertSettingsTest::thresholdText()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, expected);
    QFETCH(QString, messagePart);

    const Result<QList<int>> parsed = SettingsRules::parseThresholdDays(text);
    if (expected.isEmpty()) {
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed.value(), expected);
    QCOMPARE(SettingsRules::parseThresholdDays(SettingsRules::thresholdDaysText(expected)).value(), expected);
}

void AlertSettingsTest::webhookUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<FieldCheck::Severity>("severity");
    QTest::addColumn<QString>("messagePart");

    using S = FieldCheck::Severity;
    QTest::newRow("empty: no webhook") << QString() << S::Ok << QString();
    QTest::newRow("https") << u"https://hooks.example.com/appkeys?team=ops"_s << S::Ok << QString();
    QTest::newRow("http on loopback") << u"http://127.0.0.1:8080/hook"_s << S::Ok << QString();
    QTest::newRow("http on localhost") << u"http://localhost/hook"_s << S::Ok << QString();
    QTest::newRow("http elsewhere") << u"http://hooks.example.com/hook"_s << S::Warning << u"not encrypted"_s;
    QTest::newRow("ftp") << u"ftp://hooks.example.com/hook"_s << S::Invalid << u"“ftp:” is not allowed"_s;
    QTest::newRow("mailto") << u"mailto:ops@example.com"_s << S::Invalid << u"“mailto:” is not allowed"_s;
    QTest::newRow("no host") << u"https://"_s << S::Invalid << u"must name a host"_s;
    QTest::newRow("no host, a path") << u"https:///hook"_s << S::Invalid << u"must name a host"_s;
    QTest::newRow("no scheme") << u"hooks.example.com/hook"_s << S::Invalid << u"starts with https://"_s;
    QTest::newRow("password") << u"https://ops:hunter2@hooks.example.com/"_s << S::Invalid << u"password"_s;
    QTest::newRow("space") << u"https://hooks.example .com/"_s << S::Invalid << u"spaces"_s;
}

void AlertSettingsTest::webhookUrl()
{
    QFETCH(QString, url);
    QFETCH(FieldCheck::Severity, severity);
    QFETCH(QString, messagePart);

    const FieldCheck check = SettingsRules::checkWebhookUrl(url);
    QCOMPARE(check.severity, severity);
    QVERIFY2(check.message.contains(messagePart), qPrintable(check.message));

    AppSettings settings(settingsPath());
    QCOMPARE(settings.setWebhookUrl(url).severity, severity);
    QCOMPARE(settings.webhookUrl(), check.isValid() ? url : QString());
}

void AlertSettingsTest::numberRanges()
{
    for (const int days : {1, 30, 90, 180, 365, 500, 730})
        QVERIFY2(SettingsRules::checkKeyLifetimeDays(days).isValid(), qPrintable(QString::number(days)));
    for (const int days : {0, -30, 731})
        QVERIFY(!SettingsRules::checkKeyLifetimeDays(days).isValid());
    QCOMPARE(SettingsRules::checkKeyLifetimeDays(731).message,
             u"A key lifetime of 731 days is not allowed: choose 1 to 730 days."_s);

    for (const int days : {0, 7, 30})
        QVERIFY(SettingsRules::checkRotationOverlapDays(days).isValid());
    for (const int days : {-1, 31})
        QVERIFY(!SettingsRules::checkRotationOverlapDays(days).isValid());
    QCOMPARE(SettingsRules::checkRotationOverlapDays(31).message,
             u"A rotation overlap of 31 days is not allowed: choose 0 to 30 days."_s);

    for (const int seconds : {5, 30, 300})
        QVERIFY(SettingsRules::checkClipboardClearSeconds(seconds).isValid());
    for (const int seconds : {0, 4, 301})
        QVERIFY(!SettingsRules::checkClipboardClearSeconds(seconds).isValid());
    QCOMPARE(SettingsRules::checkClipboardClearSeconds(4).message,
             u"The clipboard cannot be cleared after 4 seconds: choose 5 to 300 seconds."_s);
}

void AlertSettingsTest::anInvalidValueIsNotWritten()
{
    AppSettings settings(settingsPath());
    QVERIFY(settings.setWebhookUrl(u"https://hooks.example.com/appkeys"_s).isValid());

    QVERIFY(!settings.setAlertThresholdDays({30, 0}).isValid());
    QVERIFY(!settings.setAlertThresholdDays({}).isValid());
    QVERIFY(!settings.setWebhookUrl(u"ftp://hooks.example.com/"_s).isValid());
    QVERIFY(!settings.setDefaultKeyLifetimeDays(731).isValid());
    QVERIFY(!settings.setRotationOverlapDays(31).isValid());
    QVERIFY(!settings.setClipboardClearSeconds(4).isValid());
    QVERIFY(settings.save().ok());

    const AppSettings reread(settingsPath());
    QCOMPARE(reread.alertThresholdDays(), (QList<int>{30, 7, 1}));
    QCOMPARE(reread.webhookUrl(), u"https://hooks.example.com/appkeys"_s);
    QCOMPARE(reread.defaultKeyLifetimeDays(), 365);
    QCOMPARE(reread.rotationOverlapDays(), 7);
    QCOMPARE(reread.clipboardClearSeconds(), 30);
}

void AlertSettingsTest::handEditedValuesFallBackToDefaults()
{
    {
        QSettings raw(settingsPath(), QSettings::IniFormat);
        raw.setValue(u"alerts/threshold_days"_s, u"7,0"_s);
        raw.setValue(u"keys/default_lifetime_days"_s, 9999);
        raw.setValue(u"keys/rotation_overlap_days"_s, u"a week"_s);
        raw.setValue(u"clipboard/clear_seconds"_s, 1);
        raw.setValue(u"alerts/webhook_url"_s, u"ftp://hooks.example.com/"_s);
    }
    const AppSettings settings(settingsPath());
    QCOMPARE(settings.alertThresholdDays(), (QList<int>{30, 7, 1}));
    QCOMPARE(settings.defaultKeyLifetimeDays(), 365);
    QCOMPARE(settings.rotationOverlapDays(), 7);
    QCOMPARE(settings.clipboardClearSeconds(), 30);
    // Returned as stored, so that whoever sends alerts says what is wrong with it instead of silently sending none.
    QCOMPARE(settings.webhookUrl(), u"ftp://hooks.example.com/"_s);
}

void AlertSettingsTest::signingSecretRules()
{
    QCOMPARE(WebhookSigningSecret::entryKey(u"r-id"_s), u"r-id/settings/webhook-signing-secret"_s);
    QVERIFY(!WebhookSigningSecret::check(QString()).isValid());
    QVERIFY(!WebhookSigningSecret::check(u" whsec-with-a-leading-space"_s).isValid());
    QVERIFY(WebhookSigningSecret::check(u"short"_s).isWarning());
    QCOMPARE(WebhookSigningSecret::check(u"0123456789abcdef"_s).severity, FieldCheck::Severity::Ok);

    // Refused before the keychain is asked: this store would fail any call.
    WebhookSigningSecret secret(std::make_shared<KeychainSecretStore>(u"appkeys-never-used"_s), u"r-id"_s);
    CallbackResult<Status> saved;
    secret.save(QString(), saved.callback());
    QVERIFY(saved.wait(1000));
    QVERIFY(!saved.value().ok());
    QCOMPARE(saved.value().error().code, ErrorCode::InvalidInput);
}

void AlertSettingsTest::signingSecretLivesInTheKeychainOnly()
{
    const QString problem = TestKeychain::environmentProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString registryId = u"tst_alert_settings-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString signingSecret = u"whsec-"_s + QUuid::createUuid().toString(QUuid::Id128);
    WebhookSigningSecret secret(std::make_shared<KeychainSecretStore>(), registryId);

    AppSettings settings(settingsPath());
    QVERIFY(settings.setWebhookUrl(u"https://hooks.example.com/appkeys"_s).isValid());
    QVERIFY(settings.setAlertThresholdDays({14, 2}).isValid());
    CallbackResult<Status> saved;
    secret.save(signingSecret, saved.callback());
    QVERIFY(saved.wait());
    QVERIFY2(saved.value().ok(), qPrintable(errorText(saved.value())));
    QVERIFY(settings.save().ok());

    CallbackResult<Result<QString>> read;
    secret.read(read.callback());
    QVERIFY(read.wait());
    QVERIFY(read.value().ok());
    QCOMPARE(read.value().value(), signingSecret);

    const Result<QStringList> entries = TestKeychain::appKeysEntries(registryId);
    QVERIFY2(entries.ok(), qPrintable(errorText(entries)));
    QCOMPARE(entries.value(), QStringList{WebhookSigningSecret::entryKey(registryId)});

    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY2(contents.contains("hooks.example.com"), contents.constData()); // the file is the one written
    QVERIFY(!contents.contains(signingSecret.toUtf8()));
    QVERIFY(!contents.contains(signingSecret.mid(6, 12).toUtf8()));

    CallbackResult<Status> removed;
    secret.remove(removed.callback());
    QVERIFY(removed.wait());
    QVERIFY2(removed.value().ok(), qPrintable(errorText(removed.value())));
}

void AlertSettingsTest::aMissingSigningSecretSaysSo()
{
    const QString problem = TestKeychain::environmentProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    WebhookSigningSecret secret(std::make_shared<KeychainSecretStore>(),
                                u"tst_alert_settings-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));

    CallbackResult<Result<QString>> read;
    secret.read(read.callback());
    QVERIFY(read.wait());
    QVERIFY(!read.value().ok());
    QCOMPARE(read.value().error().code, SecretStore::EntryNotFoundCode);
    QVERIFY2(read.value().error().message.contains(u"No webhook signing secret is set"_s),
             qPrintable(read.value().error().message));

    CallbackResult<Status> removed;
    secret.remove(removed.callback());
    QVERIFY(removed.wait());
    QVERIFY2(removed.value().ok(), qPrintable(errorText(removed.value())));
}

QTEST_GUILESS_MAIN(AlertSettingsTest)
#include "tst_alert_settings.moc"
