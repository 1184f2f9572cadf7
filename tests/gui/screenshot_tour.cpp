// Not a test: fills the real wizard with example data and saves a picture of each page for the README.
// scripts/screenshots runs it under Xvfb with a private keyring; APPKEYS_SCREENSHOT_DIR names the folder.
#include "AddAppWizard.h"
#include "AppRepository.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "PermissionCatalogue.h"
#include "RegistrySession.h"
#include "SampleApps.h"
#include "SystemClock.h"
#include "TestKeychain.h"
#include "WizardDriver.h"

#include <QDir>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

AppDetails mobileBookingApp()
{
    AppDetails details;
    details.name = u"Mobile booking app"_s;
    details.uri = u"https://booking.example.com"_s;
    details.description = u"The salon's iPhone and Android app: guests book and pay for appointments."_s;
    details.loginUserType = LoginUserType::Guest;
    details.sourceApp = SourceApp::ExternalCma;
    details.postLogoutRedirectUrls = {u"https://booking.example.com/signed-out"_s};
    details.postLoginRedirectUrls = {u"com.example.booking:/callback"_s, u"http://localhost:8080/signed-in"_s};
    return details;
}

AppRecord existingApp(const QString& name, SourceApp source, LoginUserType userType, AppScope scope, int daysAgo)
{
    AppRecord app = SampleApps::record(name, QDateTime::currentDateTimeUtc().addDays(-daysAgo));
    app.details.sourceApp = source;
    app.details.loginUserType = userType;
    app.scope = std::move(scope);
    app.createdBy = u"admin@front-office"_s;
    return app;
}

} // namespace

class ScreenshotTour : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tour();

private:
    void save(QWidget* widget, const QString& fileName);

    QDir m_outputDir;
};

void ScreenshotTour::initTestCase()
{
    const QString problem = TestKeychain::environmentProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString outputDir = qEnvironmentVariable("APPKEYS_SCREENSHOT_DIR");
    QVERIFY2(!outputDir.isEmpty(), "Set APPKEYS_SCREENSHOT_DIR to the folder for the pictures.");
    QVERIFY(QDir().mkpath(outputDir));
    m_outputDir = QDir(outputDir);
}

void ScreenshotTour::save(QWidget* widget, const QString& fileName)
{
    QVERIFY(widget->grab().save(m_outputDir.filePath(fileName)));
}

void ScreenshotTour::tour()
{
    QTemporaryDir folder;
    auto session = RegistrySession::open(folder.filePath(u"appkeys.sqlite"_s), Database::AccessMode::ReadWrite,
                                         QString::fromLatin1(PermissionCatalogue::DefaultResourcePath),
                                         std::make_shared<KeychainSecretStore>(), std::make_shared<SystemClock>());
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().text()));
    const auto& repository = session.value().repository;
    QVERIFY(repository
                ->insertApp(
                    existingApp(u"Online store"_s, SourceApp::ExternalWebstore, LoginUserType::Guest,
                                {AuthMethod::ApiKeyGroups,
                                 {u"products.read"_s, u"gift_cards.read"_s, u"gift_cards.write"_s, u"payments.card"_s}},
                                12))
                .ok());
    QVERIFY(repository
                ->insertApp(existingApp(u"Reception chat bot"_s, SourceApp::Bot, LoginUserType::Guest,
                                        {AuthMethod::JwtGroups, {u"appointments.read"_s, u"services.read"_s}}, 5))
                .ok());

    MainWindow window(session.value());
    window.resize(1100, 380);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QPointer<AddAppWizard> wizard = WizardDriver::clickAdd(window);
    QVERIFY(wizard);
    WizardDriver::fillDetails(*wizard, mobileBookingApp());
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->findChild<QWidget*>(u"nameEdit"_s)->setFocus();
    save(wizard, u"wizard-1-details.png"_s);

    WizardDriver::click(wizard->button(QWizard::NextButton));
    WizardDriver::chooseScope(*wizard, AuthMethod::ApiKeyGroups, {u"appointments"_s},
                              {u"guests.read"_s, u"centers.read"_s, u"services.read"_s, u"payments.card"_s});
    save(wizard, u"wizard-2-scope.png"_s);

    WizardDriver::click(wizard->button(QWizard::CommitButton));
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(AddAppWizard::CredentialsPageId), 30000);
    WizardDriver::click(wizard->findChild<QPushButton*>(u"generateApiKeyButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), 30000);
    WizardDriver::click(wizard->findChild<QPushButton*>(u"copySecretButton"_s));
    save(wizard, u"wizard-3-credentials.png"_s);

    WizardDriver::click(wizard->button(QWizard::FinishButton));
    QTRY_VERIFY(wizard.isNull());
    save(&window, u"main-window.png"_s);
}

QTEST_MAIN(ScreenshotTour)
#include "screenshot_tour.moc"
