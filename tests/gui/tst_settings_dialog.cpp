#include "AppSettings.h"
#include "CallbackResult.h"
#include "ErrorText.h"
#include "FieldMessageLabel.h"
#include "KeychainSecretStore.h"
#include "SecureClipboard.h"
#include "SettingsDialog.h"
#include "TestKeychain.h"
#include "WebhookSigningSecret.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

const char* const OtherKeychainState =
    "Not this run's keychain state: tst_settings_dialog and tst_settings_dialog_no_service share the tests.";

bool keychainIs(TestKeychain::Expectation expected)
{
    return TestKeychain::expectation() == expected;
}

} // namespace

/// Runs twice (see CMakeLists.txt): with the private keyring of scripts/with-keyring, where the secret really lands in
/// the keychain, and with no Secret Service at all, where saving it must fail visibly and save nothing.
class SettingsDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheStoredValues();
    void aBadValueIsExplainedAndBlocksOk_data();
    void aBadValueIsExplainedAndBlocksOk();
    void doubtfulValuesAreWarningsOnly();
    void savingPersistsAndKeepsTheSecretInTheKeychainOnly();
    void anEmptySecretFieldKeepsTheStoredSecret();
    void removeTakesTheSecretOutOfTheKeychain();
    void aKeychainFailureKeepsTheDialogOpen();

private:
    std::unique_ptr<SettingsDialog> openDialog();
    template <typename T> T* field(const QString& name) const { return m_dialog->findChild<T*>(name); }
    FieldMessageLabel* message(const QString& name) const { return field<FieldMessageLabel>(name); }
    QPushButton* okButton() const;
    void typeInto(const QString& lineEditName, const QString& text) const;
    void storeSigningSecret(const QString& secret);
    Result<QString> storedSigningSecret() const;

    std::unique_ptr<QTemporaryDir> m_folder;
    std::shared_ptr<AppSettings> m_settings;
    std::shared_ptr<KeychainSecretStore> m_secrets = std::make_shared<KeychainSecretStore>();
    QString m_registryId;
    SecureClipboard m_clipboard;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void SettingsDialogTest::initTestCase()
{
    const QString problem = TestKeychain::environmentProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void SettingsDialogTest::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_settings = std::make_shared<AppSettings>(m_folder->filePath(u"appkeys.conf"_s));
    m_registryId = QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void SettingsDialogTest::cleanup()
{
    m_dialog.reset();
    if (keychainIs(TestKeychain::Expectation::Available)) {
        CallbackResult<Status> removed;
        WebhookSigningSecret(m_secrets, m_registryId).remove(removed.callback());
        QVERIFY(removed.wait());
    }
    m_settings.reset();
    m_folder.reset();
}

std::unique_ptr<SettingsDialog> SettingsDialogTest::openDialog()
{
    auto dialog = std::make_unique<SettingsDialog>(m_settings, m_secrets, m_registryId, &m_clipboard);
    dialog->show();
    auto* secretEdit = dialog->findChild<QLineEdit*>(u"signingSecretEdit"_s);
    // The keychain has answered whether a secret is stored.
    if (!QTest::qWaitFor([secretEdit] { return secretEdit->placeholderText() != u"Looking in the keychain…"_s; }))
        return nullptr;
    return dialog;
}

QPushButton* SettingsDialogTest::okButton() const
{
    return field<QDialogButtonBox>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
}

void SettingsDialogTest::typeInto(const QString& lineEditName, const QString& text) const
{
    auto* edit = field<QLineEdit>(lineEditName);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void SettingsDialogTest::storeSigningSecret(const QString& secret)
{
    CallbackResult<Status> saved;
    WebhookSigningSecret(m_secrets, m_registryId).save(secret, saved.callback());
    QVERIFY(saved.wait());
    QVERIFY2(saved.value().ok(), qPrintable(errorText(saved.value())));
}

Result<QString> SettingsDialogTest::storedSigningSecret() const
{
    CallbackResult<Result<QString>> read;
    WebhookSigningSecret(m_secrets, m_registryId).read(read.callback());
    if (!read.wait())
        return Error{u"The keychain did not answer."_s, {}};
    return read.value();
}

void SettingsDialogTest::showsTheStoredValues()
{
    QVERIFY(m_settings->setRotationOverlapDays(3).isValid());
    QVERIFY(m_settings->setDefaultKeyLifetimeDays(200).isValid());
    m_dialog = openDialog();
    QVERIFY(m_dialog);

    QVERIFY(field<QCheckBox>(u"alertsEnabledCheck"_s)->isChecked());
    QCOMPARE(field<QLineEdit>(u"thresholdsEdit"_s)->text(), u"30, 7, 1"_s);
    QCOMPARE(field<QLineEdit>(u"webhookUrlEdit"_s)->text(), QString());
    QCOMPARE(field<QComboBox>(u"keyLifetimeCombo"_s)->currentText(), u"Other…"_s);
    QCOMPARE(field<QSpinBox>(u"customLifetimeSpin"_s)->value(), 200);
    QVERIFY(field<QSpinBox>(u"customLifetimeSpin"_s)->isVisible());
    auto* lifetimeChoice = field<QComboBox>(u"keyLifetimeCombo"_s);
    lifetimeChoice->setCurrentIndex(lifetimeChoice->findData(90));
    QVERIFY(!field<QSpinBox>(u"customLifetimeSpin"_s)->isVisible());
    QCOMPARE(field<QSpinBox>(u"rotationOverlapSpin"_s)->value(), 3);
    QCOMPARE(field<QSpinBox>(u"clipboardClearSpin"_s)->value(), 30);
    QCOMPARE(field<QLineEdit>(u"signingSecretEdit"_s)->echoMode(), QLineEdit::Password);
    QVERIFY(okButton()->isEnabled());

    for (const QString& input :
         {u"alertsEnabledCheck"_s, u"thresholdsEdit"_s, u"webhookUrlEdit"_s, u"signingSecretEdit"_s,
          u"showSecretButton"_s, u"removeSecretButton"_s, u"keyLifetimeCombo"_s, u"customLifetimeSpin"_s,
          u"rotationOverlapSpin"_s, u"clipboardClearSpin"_s})
        QVERIFY2(!field<QWidget>(input)->accessibleName().isEmpty(), qPrintable(input));
}

void SettingsDialogTest::aBadValueIsExplainedAndBlocksOk_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("badValue");
    QTest::addColumn<QString>("goodValue");
    QTest::addColumn<QString>("messageLabel");
    QTest::addColumn<QString>("expectedMessage");

    const QString thresholds = u"thresholdsEdit"_s;
    QTest::newRow("threshold 0") << thresholds << u"30, 0"_s << u"30, 1"_s << u"thresholdsMessage"_s
                                 << u"0 days is not a valid alert threshold: use 1 to 365 days before expiry."_s;
    QTest::newRow("threshold 366") << thresholds << u"366"_s << u"365"_s << u"thresholdsMessage"_s
                                   << u"366 days is not a valid alert threshold: use 1 to 365 days before expiry."_s;
    QTest::newRow("threshold abc") << thresholds << u"30, abc"_s << u"30"_s << u"thresholdsMessage"_s
                                   << u"“abc” is not a whole number of days."_s;
    QTest::newRow("threshold twice") << thresholds << u"30, 7, 30"_s << u"30, 7"_s << u"thresholdsMessage"_s
                                     << u"30 days is in the list twice."_s;
    QTest::newRow("no thresholds") << thresholds << u" "_s << u"7"_s << u"thresholdsMessage"_s
                                   << u"Enter at least one number of days before expiry, for example 30, 7, 1."_s;
    const QString webhook = u"webhookUrlEdit"_s;
    QTest::newRow("ftp webhook") << webhook << u"ftp://hooks.example.com/appkeys"_s
                                 << u"https://hooks.example.com/appkeys"_s << u"webhookUrlMessage"_s
                                 << u"The webhook URL must start with https:// (or http://); “ftp:” is not allowed."_s;
    QTest::newRow("webhook without host")
        << webhook << u"https:///appkeys"_s << QString() << u"webhookUrlMessage"_s
        << u"The webhook URL must name a host, as in https://hooks.example.com/appkeys."_s;
    QTest::newRow("padded secret") << u"signingSecretEdit"_s << u" a-secret-with-a-space "_s
                                   << u"a-secret-without-spaces-around"_s << u"signingSecretMessage"_s
                                   << u"The signing secret must not start or end with a space or line break."_s;
    QTest::newRow("lifetime 731") << u"customLifetimeSpin"_s << u"731"_s << u"730"_s << u"keyLifetimeMessage"_s
                                  << u"A key lifetime of 731 days is not allowed: choose 1 to 730 days."_s;
    QTest::newRow("overlap 31") << u"rotationOverlapSpin"_s << u"31"_s << u"30"_s << u"rotationOverlapMessage"_s
                                << u"A rotation overlap of 31 days is not allowed: choose 0 to 30 days."_s;
    QTest::newRow("clipboard 2") << u"clipboardClearSpin"_s << u"2"_s << u"5"_s << u"clipboardClearMessage"_s
                                 << u"The clipboard cannot be cleared after 2 seconds: choose 5 to 300 seconds."_s;
}

void SettingsDialogTest::aBadValueIsExplainedAndBlocksOk()
{
    QFETCH(QString, input);
    QFETCH(QString, badValue);
    QFETCH(QString, goodValue);
    QFETCH(QString, messageLabel);
    QFETCH(QString, expectedMessage);
    m_dialog = openDialog();
    QVERIFY(m_dialog);
    auto* lifetimeChoice = field<QComboBox>(u"keyLifetimeCombo"_s);
    lifetimeChoice->setCurrentIndex(lifetimeChoice->findText(u"Other…"_s));
    QVERIFY(okButton()->isEnabled());

    const auto enter = [this, &input](const QString& value) {
        if (auto* spin = field<QSpinBox>(input))
            spin->setValue(value.toInt());
        else
            typeInto(input, value);
    };
    enter(badValue);
    FieldMessageLabel* label = message(messageLabel);
    QVERIFY(label->isVisible());
    QCOMPARE(label->severity(), FieldCheck::Severity::Invalid);
    QCOMPARE(label->text(), expectedMessage);
    QVERIFY(!okButton()->isEnabled());

    enter(goodValue);
    QVERIFY2(label->isHidden(), qPrintable(label->text()));
    QVERIFY(okButton()->isEnabled());
}

void SettingsDialogTest::doubtfulValuesAreWarningsOnly()
{
    m_dialog = openDialog();
    QVERIFY(m_dialog);
    typeInto(u"webhookUrlEdit"_s, u"http://hooks.example.com/appkeys"_s);
    QCOMPARE(message(u"webhookUrlMessage"_s)->severity(), FieldCheck::Severity::Warning);
    QVERIFY(message(u"webhookUrlMessage"_s)->text().startsWith(u"http is not encrypted"_s));
    typeInto(u"signingSecretEdit"_s, u"short"_s);
    QCOMPARE(message(u"signingSecretMessage"_s)->severity(), FieldCheck::Severity::Warning);
    QVERIFY(okButton()->isEnabled());

    // Red and amber as the wizard's messages, so the dialog reads the same way.
    const QColor warning = message(u"webhookUrlMessage"_s)->palette().color(QPalette::WindowText);
    QCOMPARE(warning, QColor(0x8a, 0x5a, 0x00));
    typeInto(u"thresholdsEdit"_s, u"0"_s);
    QCOMPARE(message(u"thresholdsMessage"_s)->palette().color(QPalette::WindowText), QColor(0xb0, 0x1c, 0x1c));
}

void SettingsDialogTest::savingPersistsAndKeepsTheSecretInTheKeychainOnly()
{
    if (!keychainIs(TestKeychain::Expectation::Available))
        QSKIP(OtherKeychainState);
    const QString secret = u"whsec-"_s + QUuid::createUuid().toString(QUuid::Id128);
    m_dialog = openDialog();
    QVERIFY(m_dialog);
    QSignalSpy saved(m_dialog.get(), &SettingsDialog::settingsSaved);

    field<QCheckBox>(u"alertsEnabledCheck"_s)->setChecked(false);
    typeInto(u"thresholdsEdit"_s, u"3 14"_s);
    typeInto(u"webhookUrlEdit"_s, u"https://hooks.example.com/appkeys"_s);
    typeInto(u"signingSecretEdit"_s, secret);
    auto* lifetimeChoice = field<QComboBox>(u"keyLifetimeCombo"_s);
    lifetimeChoice->setCurrentIndex(lifetimeChoice->findText(u"Other…"_s));
    field<QSpinBox>(u"customLifetimeSpin"_s)->setValue(200);
    field<QSpinBox>(u"rotationOverlapSpin"_s)->setValue(0);
    field<QSpinBox>(u"clipboardClearSpin"_s)->setValue(45);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), 30000);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(m_clipboard.clearDelaySeconds(), 45);

    const AppSettings reread(m_settings->fileName());
    QVERIFY(!reread.alertsEnabled());
    QCOMPARE(reread.alertThresholdDays(), (QList<int>{14, 3}));
    QCOMPARE(reread.webhookUrl(), u"https://hooks.example.com/appkeys"_s);
    QCOMPARE(reread.defaultKeyLifetimeDays(), 200);
    QCOMPARE(reread.rotationOverlapDays(), 0);
    QCOMPARE(reread.clipboardClearSeconds(), 45);

    const Result<QString> stored = storedSigningSecret();
    QVERIFY2(stored.ok(), qPrintable(errorText(stored)));
    QCOMPARE(stored.value(), secret);
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains("hooks.example.com"));
    QVERIFY(!written.contains(secret.toUtf8()));
}

void SettingsDialogTest::anEmptySecretFieldKeepsTheStoredSecret()
{
    if (!keychainIs(TestKeychain::Expectation::Available))
        QSKIP(OtherKeychainState);
    storeSigningSecret(u"the-stored-signing-secret"_s);
    m_dialog = openDialog();
    QVERIFY(m_dialog);
    QCOMPARE(field<QLineEdit>(u"signingSecretEdit"_s)->placeholderText(),
             u"A secret is set; type a new one to replace it"_s);
    QVERIFY(field<QPushButton>(u"removeSecretButton"_s)->isEnabled());

    typeInto(u"webhookUrlEdit"_s, u"https://hooks.example.com/appkeys"_s);
    QVERIFY(message(u"signingSecretMessage"_s)->isHidden());
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
    const Result<QString> stored = storedSigningSecret();
    QVERIFY(stored.ok());
    QCOMPARE(stored.value(), u"the-stored-signing-secret"_s);
}

void SettingsDialogTest::removeTakesTheSecretOutOfTheKeychain()
{
    if (!keychainIs(TestKeychain::Expectation::Available))
        QSKIP(OtherKeychainState);
    storeSigningSecret(u"the-stored-signing-secret"_s);
    m_dialog = openDialog();
    QVERIFY(m_dialog);
    typeInto(u"webhookUrlEdit"_s, u"https://hooks.example.com/appkeys"_s);

    QTest::mouseClick(field<QPushButton>(u"removeSecretButton"_s), Qt::LeftButton);
    QVERIFY(!field<QLineEdit>(u"signingSecretEdit"_s)->isEnabled());
    // With a webhook still set, removing its secret earns a warning but is allowed.
    QCOMPARE(message(u"signingSecretMessage"_s)->severity(), FieldCheck::Severity::Warning);
    QVERIFY(okButton()->isEnabled());
    QVERIFY(storedSigningSecret().ok()); // nothing happens before OK

    QTest::mouseClick(okButton(), Qt::LeftButton);
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
    const Result<QString> stored = storedSigningSecret();
    QVERIFY(!stored.ok());
    QCOMPARE(stored.error().code, SecretStore::EntryNotFoundCode);
}

void SettingsDialogTest::aKeychainFailureKeepsTheDialogOpen()
{
    if (!keychainIs(TestKeychain::Expectation::Absent))
        QSKIP(OtherKeychainState);
    const QString secret = u"whsec-"_s + QUuid::createUuid().toString(QUuid::Id128);
    m_dialog = openDialog();
    QVERIFY(m_dialog);
    QSignalSpy saved(m_dialog.get(), &SettingsDialog::settingsSaved);
    typeInto(u"webhookUrlEdit"_s, u"https://hooks.example.com/appkeys"_s);
    typeInto(u"signingSecretEdit"_s, secret);
    QTest::mouseClick(okButton(), Qt::LeftButton);

    FieldMessageLabel* label = message(u"signingSecretMessage"_s);
    QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(u"Could not save the webhook signing secret in the keychain."_s),
                             30000);
    QCOMPARE(label->severity(), FieldCheck::Severity::Invalid);
    // The keychain's own words follow, on a line of their own.
    QVERIFY2(label->text().count(u'\n') >= 1 && !label->text().section(u'\n', 1).trimmed().isEmpty(),
             qPrintable(label->text()));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(saved.size(), 0);
    QVERIFY2(okButton()->isEnabled(), "OK stays available to try again");
    QCOMPARE(AppSettings(m_settings->fileName()).webhookUrl(), QString());
    QFile file(m_settings->fileName());
    QVERIFY(!file.open(QIODevice::ReadOnly) || !file.readAll().contains(secret.toUtf8()));
}

QTEST_MAIN(SettingsDialogTest)
#include "tst_settings_dialog.moc"
