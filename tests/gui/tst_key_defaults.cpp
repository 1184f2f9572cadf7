// The defaults for new keys chosen in Settings (PRODUCT.md section 5: default key lifetime, rotation overlap) are what
// Generate key, Rotate key and the wizard's Generate API Key start from, read when each opens, so a change in
// Settings applies to the next key without a restart. The keychain is not the subject: an in-memory store.
#include "AddAppWizard.h"
#include "AppRepository.h"
#include "AppSettings.h"
#include "ErrorText.h"
#include "FixedClock.h"
#include "GenerateKeyDialog.h"
#include "InMemorySecretStore.h"
#include "KeyLifetimeChooser.h"
#include "KeyRepository.h"
#include "MainWindow.h"
#include "RotateKeyDialog.h"
#include "SampleApps.h"
#include "SecretValueDialog.h"
#include "TemporarySession.h"
#include "TranslationLoader.h"
#include "WindowDriver.h"
#include "WizardDriver.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

const QDateTime Now = FixedClock::defaultNow();

} // namespace

class KeyDefaultsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void generateKeyPreselectsTheLifetimeFromSettings();
    void rotateKeyStartsFromTheOverlapAndLifetimeFromSettings();
    void theWizardsKeyLivesTheLifetimeFromSettings();

private:
    /// The session with a settings file of the test's own, so the user's settings are neither read nor changed.
    RegistrySession session() const;
    AppRecord insertApp(const QString& name);
    /// The new key's dialog, closed; the key it showed.
    QString closeNewKeyDialog();
    QList<KeyRecord> keysOf(const QString& applicationId) const;

    std::unique_ptr<TemporarySession> m_registry;
    std::shared_ptr<AppSettings> m_settings;
};

void KeyDefaultsTest::initTestCase()
{
    // As the program speaks English: with its plural forms, "1 day", "200 days".
    const Status installed = TranslationLoader::install(u"en"_s);
    QVERIFY2(installed.ok(), qPrintable(errorText(installed)));
}

void KeyDefaultsTest::init()
{
    m_registry =
        std::make_unique<TemporarySession>(std::make_shared<InMemorySecretStore>(), std::make_shared<FixedClock>(Now));
    QVERIFY2(m_registry->isOpen(), qPrintable(m_registry->errorText()));
    m_settings = std::make_shared<AppSettings>(m_registry->filePath(u"appkeys.conf"_s));
}

void KeyDefaultsTest::cleanup()
{
    m_settings.reset();
    m_registry.reset();
}

RegistrySession KeyDefaultsTest::session() const
{
    RegistrySession session = m_registry->session();
    session.settings = m_settings;
    return session;
}

AppRecord KeyDefaultsTest::insertApp(const QString& name)
{
    const AppRecord app = SampleApps::record(name, Now);
    const Status inserted = m_registry->session().repository->insertApp(app);
    if (!inserted)
        QTest::qFail(qPrintable(inserted.error().text()), __FILE__, __LINE__);
    return app;
}

QString KeyDefaultsTest::closeNewKeyDialog()
{
    auto* shown = WindowDriver::waitForModal<SecretValueDialog>(30000);
    if (!shown)
        return {};
    const QString key = shown->value();
    WindowDriver::clickStandardButton(shown, QDialogButtonBox::Close);
    WindowDriver::waitUntilClosed<SecretValueDialog>();
    return key;
}

QList<KeyRecord> KeyDefaultsTest::keysOf(const QString& applicationId) const
{
    return m_registry->session().keys->keysForApp(applicationId).value();
}

void KeyDefaultsTest::generateKeyPreselectsTheLifetimeFromSettings()
{
    const AppRecord app = insertApp(u"Web store"_s);
    const std::unique_ptr<MainWindow> window = WindowDriver::showWindow(session());
    QVERIFY(window);
    QVERIFY(WindowDriver::selectApp(*window, app.details.name));
    // Saved while the window is open: 200 days is none of the presets, so it is offered as a choice of its own.
    QVERIFY(m_settings->setDefaultKeyLifetimeDays(200).isValid());

    WindowDriver::trigger(*window, u"generateKeyAction"_s);
    auto* dialog = WindowDriver::waitForModal<GenerateKeyDialog>();
    QVERIFY(dialog);
    const QComboBox* choices = dialog->lifetimeChooser()->choices();
    QCOMPARE(choices->currentData().toInt(), 200);
    QCOMPARE(choices->currentText(), u"200 days (default)"_s);
    QCOMPARE(choices->itemText(choices->findData(365)), u"365 days"_s);
    QCOMPARE(dialog->lifetimeChooser()->untilDateEdit()->date(), Now.toLocalTime().date().addDays(200));
    QCOMPARE(dialog->lifetimeDays(), 200);
    WindowDriver::clickButton(dialog, u"generateButton"_s);

    QVERIFY(!closeNewKeyDialog().isEmpty());
    const QList<KeyRecord> keys = keysOf(app.applicationId);
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().expiresAt, Now.addDays(200));
}

void KeyDefaultsTest::rotateKeyStartsFromTheOverlapAndLifetimeFromSettings()
{
    const AppRecord app = insertApp(u"Booking"_s);
    const KeyRecord oldKey = SampleApps::key(app.applicationId, Now);
    QVERIFY(m_registry->session().keys->insertKey(oldKey));
    QVERIFY(m_settings->setRotationOverlapDays(3).isValid());
    QVERIFY(m_settings->setDefaultKeyLifetimeDays(90).isValid());
    const std::unique_ptr<MainWindow> window = WindowDriver::showWindow(session());
    QVERIFY(window);
    QVERIFY(WindowDriver::selectApp(*window, app.details.name));

    WindowDriver::trigger(*window, u"rotateKeyAction"_s);
    auto* dialog = WindowDriver::waitForModal<RotateKeyDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->overlapSpin()->value(), 3);
    QCOMPARE(dialog->overlapSpin()->suffix(), u" days"_s);
    dialog->overlapSpin()->setValue(1);
    QCOMPARE(dialog->overlapSpin()->suffix(), u" day"_s);
    dialog->overlapSpin()->setValue(3);
    QCOMPARE(dialog->lifetimeDays(), 90);
    QCOMPARE(dialog->findChild<QComboBox*>(u"lifetimeCombo"_s)->currentText(), u"90 days (default)"_s);
    WindowDriver::clickButton(dialog, u"rotateButton"_s);

    QVERIFY(!closeNewKeyDialog().isEmpty());
    const QList<KeyRecord> keys = keysOf(app.applicationId);
    QCOMPARE(keys.size(), 2);
    const KeyRecord& old = keys.at(0).keyId == oldKey.keyId ? keys.at(0) : keys.at(1);
    const KeyRecord& successor = keys.at(0).keyId == oldKey.keyId ? keys.at(1) : keys.at(0);
    QCOMPARE(old.expiresAt, Now.addDays(3));
    QCOMPARE(successor.expiresAt, Now.addDays(90));
}

void KeyDefaultsTest::theWizardsKeyLivesTheLifetimeFromSettings()
{
    QVERIFY(m_settings->setDefaultKeyLifetimeDays(90).isValid());
    const std::unique_ptr<MainWindow> window = WindowDriver::showWindow(session());
    QVERIFY(window);

    AddAppWizard* wizard = WizardDriver::clickAdd(*window);
    QVERIFY(wizard);
    WizardDriver::fillDetails(*wizard, SampleApps::details(u"Kiosk"_s));
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    WizardDriver::click(wizard->button(QWizard::NextButton));
    WizardDriver::chooseScope(*wizard, AuthMethod::ApiKeyGroups, {}, {u"services.read"_s});
    WizardDriver::click(wizard->button(QWizard::CommitButton));
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(AddAppWizard::CredentialsPageId), 30000);

    QCOMPARE(wizard->findChild<QLabel*>(u"generateNote"_s)->text(), u"A new key is valid for 90 days."_s);
    WizardDriver::click(wizard->findChild<QPushButton*>(u"generateApiKeyButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), 30000);
    const QString applicationId = wizard->findChild<QLineEdit*>(u"applicationIdEdit"_s)->text();
    const QList<KeyRecord> keys = keysOf(applicationId);
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().expiresAt, Now.addDays(90));
    WizardDriver::click(wizard->button(QWizard::FinishButton));
}

QTEST_MAIN(KeyDefaultsTest)
#include "tst_key_defaults.moc"
