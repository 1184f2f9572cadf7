// Not a test: the README's pictures of the Add wizard in another language, from the real widgets filled with example
// data. tests/gui/screenshot_tour takes the English ones; this one only adds the language (one command line):
//   APPKEYS_SCREENSHOT_DIR=docs/screenshots/de QT_QPA_PLATFORM=xcb
//       xvfb-run -a -s "-screen 0 1280x800x24" BUILD/tests/i18n/localized_screenshot_tour --lang de
// The keychain is an in-memory double: the pictures are about the texts, not about where secrets go.
#include "AddAppWizard.h"
#include "ErrorText.h"
#include "InMemorySecretStore.h"
#include "LaunchOptions.h"
#include "MainWindow.h"
#include "PermissionCatalogue.h"
#include "RegistrySession.h"
#include "SystemClock.h"
#include "TranslationLoader.h"
#include "WindowDriver.h"
#include "WizardDriver.h"

#include <QApplication>
#include <QDir>
#include <QHash>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

/// The example a user of that language would type (in ASCII: QTest types nothing else).
AppDetails exampleApp(const QString& language)
{
    const QHash<QString, std::pair<QString, QString>> nameAndDescription = {
        {u"de"_s,
         {u"Mobile Buchungs-App"_s, u"Die iPhone- und Android-App des Salons: Kunden buchen und bezahlen Termine."_s}},
        {u"es"_s, {u"App de reservas"_s, u"La app para iPhone y Android: los clientes reservan y pagan sus citas."_s}}};
    AppDetails details;
    std::tie(details.name, details.description) = nameAndDescription.value(
        language,
        {u"Mobile booking app"_s, u"The salon's iPhone and Android app: guests book and pay for appointments."_s});
    details.uri = u"https://booking.example.com"_s;
    details.loginUserType = LoginUserType::Guest;
    details.sourceApp = SourceApp::ExternalCma;
    details.postLogoutRedirectUrls = {u"https://booking.example.com/signed-out"_s};
    details.postLoginRedirectUrls = {u"com.example.booking:/callback"_s};
    return details;
}

} // namespace

class LocalizedScreenshotTour : public QObject
{
    Q_OBJECT
public:
    explicit LocalizedScreenshotTour(QString language) : m_language(std::move(language)) {}

private slots:
    void initTestCase();
    void wizardPages();

private:
    void save(QWidget* widget, const QString& fileName);

    QString m_language;
    QDir m_outputDir;
};

void LocalizedScreenshotTour::initTestCase()
{
    const QString outputDir = qEnvironmentVariable("APPKEYS_SCREENSHOT_DIR");
    QVERIFY2(!outputDir.isEmpty(), "Set APPKEYS_SCREENSHOT_DIR to the folder for the pictures.");
    QVERIFY(QDir().mkpath(outputDir));
    m_outputDir = QDir(outputDir);
}

void LocalizedScreenshotTour::save(QWidget* widget, const QString& fileName)
{
    QVERIFY(widget->grab().save(m_outputDir.filePath(fileName)));
}

void LocalizedScreenshotTour::wizardPages()
{
    QTemporaryDir folder;
    auto session = WindowDriver::openSession(folder.filePath(u"appkeys.sqlite"_s), Database::AccessMode::ReadWrite,
                                             std::make_shared<InMemorySecretStore>(), std::make_shared<SystemClock>());
    QVERIFY2(session.ok(), qPrintable(errorText(session)));
    MainWindow window(session.value());
    window.resize(1100, 380);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QPointer<AddAppWizard> wizard = WizardDriver::clickAdd(window);
    QVERIFY(wizard);
    WizardDriver::fillDetails(*wizard, exampleApp(m_language));
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->findChild<QWidget*>(u"nameEdit"_s)->setFocus();
    save(wizard, u"wizard-1-details.png"_s);

    WizardDriver::click(wizard->button(QWizard::NextButton));
    WizardDriver::chooseScope(*wizard, AuthMethod::ApiKeyGroups, {u"appointments"_s},
                              {u"guests.read"_s, u"services.read"_s, u"payments.card"_s});
    save(wizard, u"wizard-2-scope.png"_s);

    WizardDriver::click(wizard->button(QWizard::CommitButton));
    QTRY_COMPARE(wizard->currentId(), int(AddAppWizard::CredentialsPageId));
    WizardDriver::click(wizard->findChild<QPushButton*>(u"generateApiKeyButton"_s));
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    save(wizard, u"wizard-3-credentials.png"_s);
}

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    const std::optional<QString> language = LaunchOptions::takeLanguage(arguments);
    if (const Status installed = TranslationLoader::install(language); !installed) {
        qCritical("%s", qPrintable(installed.error().text()));
        return 2;
    }
    LocalizedScreenshotTour tour(language.value_or(QString()));
    return QTest::qExec(&tour, arguments);
}

#include "localized_screenshot_tour.moc"
