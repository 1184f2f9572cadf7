// Not a test: fills the real wizard with example data and saves a picture of each page, of the main window and of
// the audit view for the README. With --dark, under Fusion with a dark palette, it saves into dark/ the pictures whose
// warning and problem colours must stay readable there: the main window with the expiry banner and the Status
// column, the wizard's first page with its inline messages, and the audit view with its app filter's message.
// scripts/screenshots runs it under Xvfb with a private keyring; APPKEYS_SCREENSHOT_DIR names the folder.
#include "AddAppWizard.h"
#include "AppRepository.h"
#include "AppService.h"
#include "AppSettings.h"
#include "AuditTrailWindow.h"
#include "ErrorText.h"
#include "ExpiryBanner.h"
#include "KeyRepository.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "PermissionCatalogue.h"
#include "RegistrySession.h"
#include "SampleApps.h"
#include "SettingsDialog.h"
#include "SystemClock.h"
#include "TestKeychain.h"
#include "TranslationLoader.h"
#include "WindowDriver.h"
#include "WizardDriver.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
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

/// A dark theme as a desktop's dark mode gives it, on Fusion, which takes every colour from the palette.
QPalette darkPalette()
{
    const QColor window(0x35, 0x35, 0x35);
    const QColor text(0xee, 0xee, 0xee);
    const QColor disabledText(0x80, 0x80, 0x80);
    QPalette palette(window, window);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText})
        palette.setColor(role, text);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    palette.setColor(QPalette::AlternateBase, QColor(0x31, 0x31, 0x31));
    palette.setColor(QPalette::ToolTipBase, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xf0));
    return palette;
}

} // namespace

class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    explicit ScreenshotTour(bool dark) : m_dark(dark) {}

private slots:
    void initTestCase();
    void tour();
    void darkTour();

private:
    void save(QWidget* widget, const QString& fileName);
    void addStoreAndChatBot(const RegistrySession& session);
    /// Apps in every state the Status column knows, with some history, so the window has something to show.
    void addVariedApps(const RegistrySession& session);
    void addApp(const RegistrySession& session, const AppRecord& app, int keyAgeDays);

    QDir m_outputDir;
    bool m_dark = false;
};

void ScreenshotTour::initTestCase()
{
    const QString problem = TestKeychain::environmentProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // English as the program speaks it, plural forms included.
    QVERIFY(TranslationLoader::install(u"en"_s).ok());
    QString outputDir = qEnvironmentVariable("APPKEYS_SCREENSHOT_DIR");
    QVERIFY2(!outputDir.isEmpty(), "Set APPKEYS_SCREENSHOT_DIR to the folder for the pictures.");
    if (m_dark)
        outputDir += u"/dark"_s;
    QVERIFY(QDir().mkpath(outputDir));
    m_outputDir = QDir(outputDir);
}

void ScreenshotTour::save(QWidget* widget, const QString& fileName)
{
    QVERIFY(widget->grab().save(m_outputDir.filePath(fileName)));
}

void ScreenshotTour::addApp(const RegistrySession& session, const AppRecord& app, int keyAgeDays)
{
    QVERIFY(session.repository->insertApp(app).ok());
    if (keyAgeDays >= 0)
        QVERIFY(
            session.keys
                ->insertKey(SampleApps::key(app.applicationId, QDateTime::currentDateTimeUtc().addDays(-keyAgeDays)))
                .ok());
}

void ScreenshotTour::addStoreAndChatBot(const RegistrySession& session)
{
    addApp(session,
           existingApp(u"Online store"_s, SourceApp::ExternalWebstore, LoginUserType::Guest,
                       {AuthMethod::ApiKeyGroups,
                        {u"products.read"_s, u"gift_cards.read"_s, u"gift_cards.write"_s, u"payments.card"_s}},
                       12),
           -1);
    addApp(session,
           existingApp(u"Reception chat bot"_s, SourceApp::Bot, LoginUserType::Guest,
                       {AuthMethod::JwtGroups, {u"appointments.read"_s, u"services.read"_s}}, 5),
           -1);
}

void ScreenshotTour::addVariedApps(const RegistrySession& session)
{
    addApp(session,
           existingApp(u"Gift card kiosk"_s, SourceApp::ClientApp, LoginUserType::Employee,
                       {AuthMethod::ApiKeyGroups, {u"gift_cards.read"_s, u"gift_cards.write"_s, u"payments.card"_s}},
                       400),
           345);
    addApp(session,
           existingApp(u"Old booking widget"_s, SourceApp::ExternalWebstore, LoginUserType::Guest,
                       {AuthMethod::ApiKeyGroups, {u"appointments.read"_s, u"services.read"_s}}, 500),
           380);
    const AppRecord payroll = existingApp(u"Payroll export"_s, SourceApp::ClientApp, LoginUserType::Employee,
                                          {AuthMethod::JwtGroups, {u"employees.read"_s, u"reports.read"_s}}, 90);
    addApp(session, payroll, 80);
    QVERIFY(session.apps->deactivate(payroll.applicationId).ok());
}

void ScreenshotTour::tour()
{
    QTemporaryDir folder;
    auto session = WindowDriver::openSession(folder.filePath(u"appkeys.sqlite"_s), Database::AccessMode::ReadWrite,
                                             std::make_shared<KeychainSecretStore>(), std::make_shared<SystemClock>());
    QVERIFY2(session.ok(), qPrintable(errorText(session)));
    addStoreAndChatBot(session.value());

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

    addVariedApps(session.value());
    window.resize(1280, 720);
    window.reloadApps();
    QVERIFY(WindowDriver::selectApp(window, mobileBookingApp().name));
    // The banner lists the expiring keys through the event loop after each change.
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ExpiryBanner*>()->isVisible(), 30000);
    save(&window, u"main-window.png"_s);

    window.findChild<QTabWidget*>(u"detailsTabs"_s)->setCurrentIndex(3);
    window.openAuditTrail();
    auto* auditWindow = window.findChild<AuditTrailWindow*>();
    QVERIFY(auditWindow);
    auditWindow->resize(1180, 520);
    QVERIFY(QTest::qWaitForWindowExposed(auditWindow));
    // The filters' choices and the apps' names come from the window's reader.
    QTRY_VERIFY(auditWindow->findChild<QComboBox*>(u"appCombo"_s)->count() > 1);
    auto* verifyButton = auditWindow->findChild<QPushButton*>(u"verifyButton"_s);
    WizardDriver::click(verifyButton);
    // The verification answers asynchronously (the keychain holds the checkpoints' key): the picture shows its result.
    QTRY_VERIFY(verifyButton->isEnabled());
    save(auditWindow, u"audit-view.png"_s);

    window.findChild<QAction*>(u"settingsAction"_s)->trigger();
    auto* settings = window.findChild<SettingsDialog*>();
    QVERIFY(settings);
    auto* secretEdit = settings->findChild<QLineEdit*>(u"signingSecretEdit"_s);
    QTRY_VERIFY(secretEdit->placeholderText() != u"Looking in the keychain…"_s);
    settings->findChild<QLineEdit*>(u"webhookUrlEdit"_s)->setText(u"https://hooks.example.com/appkeys"_s);
    QVERIFY(QTest::qWaitForWindowExposed(settings));
    save(settings, u"settings.png"_s);
}

void ScreenshotTour::darkTour()
{
    QTemporaryDir folder;
    auto session = WindowDriver::openSession(folder.filePath(u"appkeys.sqlite"_s), Database::AccessMode::ReadWrite,
                                             std::make_shared<KeychainSecretStore>(), std::make_shared<SystemClock>());
    QVERIFY2(session.ok(), qPrintable(errorText(session)));
    addStoreAndChatBot(session.value());
    addVariedApps(session.value());
    // No signing secret is stored, so the webhook alerts stay pending: the banner's problem line.
    QVERIFY(session.value().settings->setWebhookUrl(u"https://hooks.example.com/appkeys"_s).isValid());

    MainWindow window(session.value());
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The selected row shows its status in the selection colour; the others keep their tones.
    QVERIFY(WindowDriver::selectApp(window, u"Payroll export"_s));
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QWidget*>(u"alertProblemLabel"_s)->isVisible(), 30000);
    save(&window, u"main-window.png"_s);

    QPointer<AddAppWizard> wizard = WizardDriver::clickAdd(window);
    QVERIFY(wizard);
    AppDetails details = mobileBookingApp();
    details.name = u"Online store"_s;
    details.uri = u"http://booking.example.com"_s;
    WizardDriver::fillDetails(*wizard, details);
    QTRY_VERIFY(wizard->findChild<QWidget*>(u"nameMessage"_s)->isVisible());
    QVERIFY(wizard->findChild<QWidget*>(u"uriMessage"_s)->isVisible());
    wizard->findChild<QWidget*>(u"uriEdit"_s)->setFocus();
    save(wizard, u"wizard-1-details.png"_s);
    wizard->reject();

    // The audit view's app filter, told a name no app has: its message on the dark palette.
    window.openAuditTrail();
    auto* auditWindow = window.findChild<AuditTrailWindow*>();
    QVERIFY(auditWindow);
    auditWindow->resize(1180, 520);
    QVERIFY(QTest::qWaitForWindowExposed(auditWindow));
    auto* apps = auditWindow->findChild<QComboBox*>(u"appCombo"_s);
    QTRY_VERIFY(apps->count() > 1);
    apps->lineEdit()->setFocus();
    apps->lineEdit()->selectAll();
    apps->lineEdit()->insert(u"Payroll exprot"_s);
    QTest::keyClick(apps->lineEdit(), Qt::Key_Return);
    QVERIFY(auditWindow->findChild<QWidget*>(u"verifyMessage"_s)->isVisible());
    save(auditWindow, u"audit-view.png"_s);
}

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    const bool dark = arguments.removeAll(u"--dark"_s) > 0;
    if (dark) {
        QApplication::setStyle(u"Fusion"_s);
        QApplication::setPalette(darkPalette());
    }
    arguments.append(dark ? u"darkTour"_s : u"tour"_s);
    ScreenshotTour tour(dark);
    return QTest::qExec(&tour, arguments);
}

#include "screenshot_tour.moc"
