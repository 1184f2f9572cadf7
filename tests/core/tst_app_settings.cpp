#include "AppSettings.h"
#include "ErrorText.h"
#include "SettingsRules.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

Q_DECLARE_METATYPE(FieldCheck::Severity)

/// The settings file (AppSettings) and its rules (SettingsRules): alerts, key defaults and the clipboard, each value
/// checked before it is written and read back as stored, a hand-edited bad value falling back to the default.
class AppSettingsTest : public QObject
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

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    QString settingsPath() const { return m_folder->filePath(u"appkeys.conf"_s); }
};

void AppSettingsTest::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
}

void AppSettingsTest::defaultsFollowTheProduct()
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

void AppSettingsTest::valuesSurviveANewInstance()
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

void AppSettingsTest::programSettingsUseTheWindowsNames()
{
    // The names main() and the command line give the application; the file must be the same for both.
    QCoreApplication::setApplicationName(u"AppKeys"_s);
    QCoreApplication::setOrganizationDomain(u"appkeys.example"_s);
    const AppSettings settings;
    QVERIFY2(settings.fileName().endsWith(u"/appkeys.example/AppKeys.conf"_s), qPrintable(settings.fileName()));
}

void AppSettingsTest::thresholdText_data()
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

void AppSettingsTest::thresholdText()
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

void AppSettingsTest::webhookUrl_data()
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

void AppSettingsTest::webhookUrl()
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

void AppSettingsTest::numberRanges()
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

void AppSettingsTest::anInvalidValueIsNotWritten()
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

void AppSettingsTest::handEditedValuesFallBackToDefaults()
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

QTEST_GUILESS_MAIN(AppSettingsTest)
#include "tst_app_settings.moc"
