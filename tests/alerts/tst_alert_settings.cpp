#include "AppSettings.h"
#include "CallbackResult.h"
#include "ErrorCode.h"
#include "ErrorText.h"
#include "KeychainSecretStore.h"
#include "TestKeychain.h"
#include "WebhookSigningSecret.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace AppKeys;

/// The webhook's signing secret (WebhookSigningSecret): its rules, and that it lives in the keychain and never in the
/// settings file beside the alert settings. The settings themselves are tested in tests/core (tst_app_settings).
class AlertSettingsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();

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
