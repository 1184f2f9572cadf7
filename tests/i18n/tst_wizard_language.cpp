// The Add wizard in German and Spanish: AppKeys' own texts from translations/, the standard buttons of Qt's dialogs
// from Qt's qtbase translations (qt6-translations-l10n).
#include "AddAppWizard.h"
#include "AppService.h"
#include "CredentialService.h"
#include "ErrorText.h"
#include "FixedClock.h"
#include "InMemorySecretStore.h"
#include "KeyRules.h"
#include "PermissionCatalogue.h"
#include "SecureClipboard.h"
#include "TemporaryRegistry.h"
#include "TranslationLoader.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

class WizardLanguageTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void wizardSpeaksTheChosenLanguage_data();
    void wizardSpeaksTheChosenLanguage();
    void standardButtonsComeFromQtsTranslations_data();
    void standardButtonsComeFromQtsTranslations();
    void unknownLanguageIsRefusedWithTheChoices();

private:
    std::unique_ptr<AddAppWizard> createWizard() const;
    static PermissionCatalogue loadCatalogue();

    std::unique_ptr<TemporaryRegistry> m_registry;
    std::shared_ptr<const PermissionCatalogue> m_catalogue;
    std::unique_ptr<SecureClipboard> m_clipboard;
};

void WizardLanguageTest::initTestCase()
{
    m_registry = std::make_unique<TemporaryRegistry>();
    QVERIFY2(m_registry->isOpen(), qPrintable(m_registry->errorText()));
    auto catalogue = PermissionCatalogue::load(QString::fromLatin1(PermissionCatalogue::DefaultResourcePath));
    QVERIFY2(catalogue.ok(), qPrintable(errorText(catalogue)));
    m_catalogue = std::make_shared<const PermissionCatalogue>(std::move(catalogue).value());
    m_clipboard = std::make_unique<SecureClipboard>();
}

void WizardLanguageTest::cleanup()
{
    QVERIFY(TranslationLoader::install(u"en"_s).ok());
}

PermissionCatalogue WizardLanguageTest::loadCatalogue()
{
    return PermissionCatalogue::load(QString::fromLatin1(PermissionCatalogue::DefaultResourcePath)).value();
}

std::unique_ptr<AddAppWizard> WizardLanguageTest::createWizard() const
{
    const auto secrets = std::make_shared<InMemorySecretStore>();
    const auto clock = std::make_shared<FixedClock>();
    return std::make_unique<AddAppWizard>(
        std::make_shared<AppService>(m_registry->database(), secrets, m_catalogue, clock),
        std::make_shared<CredentialService>(m_registry->database(), secrets, clock), m_registry->repository(),
        m_catalogue, m_clipboard.get(), KeyRules::DefaultLifetimeDays);
}

void WizardLanguageTest::wizardSpeaksTheChosenLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QString>("pageTitle");
    QTest::addColumn<QString>("descriptionLabel");
    QTest::addColumn<QString>("namePlaceholder");
    QTest::addColumn<QString>("firstPermissionGroup");
    QTest::newRow("German") << u"de"_s << u"Weiter"_s << u"Abbrechen"_s << u"App-Details"_s << u"Besc&hreibung"_s
                            << u"Pflichtfeld, z. B. Mobile Buchungs-App"_s << u"Termine"_s;
    QTest::newRow("Spanish") << u"es"_s << u"Siguiente"_s << u"Cancelar"_s << u"Detalles de la app"_s
                             << u"&Descripción"_s << u"Obligatorio, p. ej. App de reservas móvil"_s << u"Citas"_s;
    QTest::newRow("English") << u"en"_s << u"Next"_s << u"Cancel"_s << u"App details"_s << u"&Description"_s
                             << u"Required, e.g. Mobile booking app"_s << u"Appointments"_s;
}

void WizardLanguageTest::wizardSpeaksTheChosenLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, next);
    QFETCH(QString, cancel);
    QFETCH(QString, pageTitle);
    QFETCH(QString, descriptionLabel);
    QFETCH(QString, namePlaceholder);
    QFETCH(QString, firstPermissionGroup);

    const Status installed = TranslationLoader::install(language);
    QVERIFY2(installed.ok(), qPrintable(errorText(installed)));
    const auto wizard = createWizard();
    wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));

    QCOMPARE(wizard->button(QWizard::NextButton)->text(), next);
    QCOMPARE(wizard->button(QWizard::CancelButton)->text(), cancel);
    QCOMPARE(wizard->currentPage()->title(), pageTitle);
    QCOMPARE(wizard->findChild<QLabel*>(u"descriptionLabel"_s)->text(), descriptionLabel);
    QCOMPARE(wizard->findChild<QLineEdit*>(u"nameEdit"_s)->placeholderText(), namePlaceholder);
    // The catalogue is data; its names are translated as it loads.
    QCOMPARE(loadCatalogue().groups().first().name, firstPermissionGroup);
}

void WizardLanguageTest::standardButtonsComeFromQtsTranslations_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("yes");
    QTest::addColumn<QString>("cancel");
    QTest::newRow("German") << u"de"_s << u"Ja"_s << u"Abbrechen"_s;
    QTest::newRow("Spanish") << u"es"_s << u"Sí"_s << u"Cancelar"_s;
}

void WizardLanguageTest::standardButtonsComeFromQtsTranslations()
{
    QFETCH(QString, language);
    QFETCH(QString, yes);
    QFETCH(QString, cancel);

    QVERIFY(TranslationLoader::install(language).ok());
    // As AddAppWizard asks before closing without an API key. Whether a platform theme adds a mnemonic varies.
    QMessageBox question(QMessageBox::Question, u"?"_s, u"?"_s, QMessageBox::Yes | QMessageBox::No);
    QCOMPARE(question.button(QMessageBox::Yes)->text().remove(u'&'), yes);
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), cancel);
}

void WizardLanguageTest::unknownLanguageIsRefusedWithTheChoices()
{
    const Status installed = TranslationLoader::install(u"tlh"_s);
    QVERIFY(!installed.ok());
    QVERIFY2(installed.error().message.contains(u"“tlh”"_s), qPrintable(installed.error().text()));
    QCOMPARE(installed.error().hint, u"Choose one of: en (English), de (Deutsch), es (español)."_s);
}

QTEST_MAIN(WizardLanguageTest)
#include "tst_wizard_language.moc"
