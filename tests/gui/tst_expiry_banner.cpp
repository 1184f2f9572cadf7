#include "AlertDispatcher.h"
#include "AppSettings.h"
#include "ErrorText.h"
#include "ExpiryAlertsPresenter.h"
#include "ExpiryBanner.h"
#include "FixedClock.h"
#include "KeyRepository.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "PermissionCatalogue.h"
#include "RegistrySession.h"
#include "RotateKeyDialog.h"
#include "SampleApps.h"
#include "SettingsDialog.h"
#include "TemporaryRegistry.h"
#include "TestKeychain.h"
#include "TestSigningSecret.h"
#include "TranslationLoader.h"
#include "TrayNotifier.h"
#include "WebhookReceiver.h"
#include "WebhookSender.h"
#include "WindowDriver.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

struct AppWithKey
{
    AppRecord app;
    KeyRecord key;
};

/// Eats the paint events of the widget it watches, as a window restored minimized never gets one.
class PaintEater : public QObject
{
public:
    int eaten = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() != QEvent::Paint)
            return false;
        ++eaten;
        return true;
    }
};

} // namespace

/// The banner and the tray side of the expiry alerts, on a real SQLite registry, the private keyring of
/// scripts/with-keyring and a real HTTP receiver on 127.0.0.1; time comes from a FixedClock.
class ExpiryBannerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aKeyFiveDaysFromExpiryIsListedWithRotate();
    void theBannerHidesWhenNothingIsDue();
    void turnedOffAlertsHideTheBanner();
    void aFailedWebhookIsShownUntilRetryDeliversIt();
    void withoutATrayTheBannerCountsAsShown();
    void manyKeysAreSummedUp();
    void aReadOnlyBannerOffersNoRotate();
    void theMainWindowShowsItAboveTheTableAndRotates();
    void settingsSavedInTheMainWindowReachTheBanner();
    void aWindowNeverPaintedStillGetsItsBanner();

private:
    AppWithKey addAppWithKey(const QString& name, int lifetimeDays);
    std::unique_ptr<ExpiryAlertsPresenter> makePresenter();
    bool runOnce(ExpiryAlertsPresenter& presenter) const;
    /// ExpiryAlertsPresenter::refreshBanner, waited for.
    static bool refreshBanner(ExpiryAlertsPresenter& presenter);
    std::unique_ptr<MainWindow> openMainWindow();
    QList<QLabel*> keyLines() const { return m_banner->findChildren<QLabel*>(u"expiringKeyLabel"_s); }
    QLabel* problemLabel() const { return m_banner->findChild<QLabel*>(u"alertProblemLabel"_s); }
    void setSigningSecret(bool present);

    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<TemporaryRegistry> m_registry;
    std::shared_ptr<KeychainSecretStore> m_secrets = std::make_shared<KeychainSecretStore>();
    std::shared_ptr<AppSettings> m_settings;
    std::unique_ptr<QWidget> m_window;
    ExpiryBanner* m_banner = nullptr;
};

void ExpiryBannerTest::initTestCase()
{
    // The texts as the program shows them in English, with its plural forms ("1 day", "15 days").
    QVERIFY(TranslationLoader::install(u"en"_s).ok());
    const QString problem = TestKeychain::environmentProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void ExpiryBannerTest::init()
{
    m_clock = std::make_shared<FixedClock>();
    m_registry = std::make_unique<TemporaryRegistry>(m_clock);
    QVERIFY2(m_registry->isOpen(), qPrintable(m_registry->errorText()));
    m_settings = std::make_shared<AppSettings>(m_registry->filePath() + u".conf"_s);
    // As in the main window: the banner above the table.
    m_window = std::make_unique<QWidget>();
    auto* layout = new QVBoxLayout(m_window.get());
    m_banner = new ExpiryBanner(m_window.get());
    layout->addWidget(m_banner);
    layout->addWidget(new QLabel(u"The apps table"_s, m_window.get()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void ExpiryBannerTest::cleanup()
{
    setSigningSecret(false);
    m_window.reset();
    m_settings.reset();
    m_registry.reset();
}

AppWithKey ExpiryBannerTest::addAppWithKey(const QString& name, int lifetimeDays)
{
    AppWithKey added{SampleApps::record(name, m_clock->nowUtc()), {}};
    added.key = SampleApps::key(added.app.applicationId, m_clock->nowUtc(), lifetimeDays);
    for (const Status& inserted :
         {m_registry->repository()->insertApp(added.app), m_registry->keys()->insertKey(added.key)}) {
        if (!inserted)
            qFatal("insert: %s", qPrintable(errorText(inserted)));
    }
    return added;
}

std::unique_ptr<ExpiryAlertsPresenter> ExpiryBannerTest::makePresenter()
{
    auto presenter =
        std::make_unique<ExpiryAlertsPresenter>(m_registry->database(), m_secrets, m_clock, m_settings, m_banner);
    presenter->dispatcher().webhookSender().setTimeoutMs(5000);
    presenter->dispatcher().webhookSender().setRetryPolicy(2, 10);
    return presenter;
}

bool ExpiryBannerTest::runOnce(ExpiryAlertsPresenter& presenter) const
{
    QSignalSpy finished(&presenter, &ExpiryAlertsPresenter::runFinished);
    presenter.runNow();
    return finished.wait(30000) && finished.size() == 1;
}

bool ExpiryBannerTest::refreshBanner(ExpiryAlertsPresenter& presenter)
{
    QSignalSpy refreshed(&presenter, &ExpiryAlertsPresenter::bannerRefreshed);
    presenter.refreshBanner();
    return (!refreshed.isEmpty() || refreshed.wait(30000)) && refreshed.size() == 1;
}

std::unique_ptr<MainWindow> ExpiryBannerTest::openMainWindow()
{
    auto session =
        WindowDriver::openSession(m_registry->filePath(), Database::AccessMode::ReadWrite, m_secrets, m_clock);
    if (!session) {
        QTest::qFail(qPrintable(errorText(session)), __FILE__, __LINE__);
        return nullptr;
    }
    session.value().settings = m_settings;
    return WindowDriver::showWindow(session.value());
}

void ExpiryBannerTest::setSigningSecret(bool present)
{
    if (!m_registry || !m_registry->isOpen())
        return;
    const QString registryId = m_registry->database()->registryId();
    const Status done = present ? TestSigningSecret::save(m_secrets, registryId,
                                                          u"whsec-"_s + QUuid::createUuid().toString(QUuid::Id128))
                                : TestSigningSecret::remove(m_secrets, registryId);
    QVERIFY2(done.ok(), qPrintable(errorText(done)));
}

void ExpiryBannerTest::aKeyFiveDaysFromExpiryIsListedWithRotate()
{
    const AppWithKey dueSoon = addAppWithKey(u"Booking site"_s, 5);
    addAppWithKey(u"Front desk"_s, 200);
    auto presenter = makePresenter();
    QVERIFY(runOnce(*presenter));

    QVERIFY(m_banner->isVisible());
    const QList<QLabel*> lines = keyLines();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first()->text(), u"Key %1 of “Booking site” expires in 5 days"_s.arg(dueSoon.key.keyHint));
    QVERIFY(dueSoon.key.keyHint.startsWith(u"appkey_…"_s));
    QVERIFY(!problemLabel()->isVisible());

    const QList<QPushButton*> rotateButtons = m_banner->findChildren<QPushButton*>(u"rotateButton"_s);
    QCOMPARE(rotateButtons.size(), 1);
    QVERIFY(rotateButtons.first()->accessibleName().contains(dueSoon.key.keyHint));
    QSignalSpy rotate(m_banner, &ExpiryBanner::rotateRequested);
    QTest::mouseClick(rotateButtons.first(), Qt::LeftButton);
    QCOMPARE(rotate.size(), 1);
    QCOMPARE(rotate.first().at(0).toString(), dueSoon.app.applicationId);
    QCOMPARE(rotate.first().at(1).toString(), dueSoon.key.keyId);
}

void ExpiryBannerTest::theBannerHidesWhenNothingIsDue()
{
    addAppWithKey(u"Front desk"_s, 200);
    auto presenter = makePresenter();
    QVERIFY(runOnce(*presenter));
    QVERIFY(!m_banner->isVisible());

    // A key that comes due shows up on the next look, and goes once it is revoked.
    const AppWithKey dueSoon = addAppWithKey(u"Booking site"_s, 5);
    QVERIFY(refreshBanner(*presenter));
    QVERIFY(m_banner->isVisible());
    const Status revoked = m_registry->keys()->revokeKey(dueSoon.app.applicationId, dueSoon.key.keyId);
    QVERIFY2(revoked.ok(), qPrintable(errorText(revoked)));
    QVERIFY(refreshBanner(*presenter));
    QVERIFY(!m_banner->isVisible());
    QVERIFY(keyLines().isEmpty());
}

void ExpiryBannerTest::turnedOffAlertsHideTheBanner()
{
    addAppWithKey(u"Booking site"_s, 5);
    auto presenter = makePresenter();
    QVERIFY(runOnce(*presenter));
    QVERIFY(m_banner->isVisible());

    // The run that follows finds nothing to say, as soon as the event loop turns.
    m_settings->setAlertsEnabled(false);
    QSignalSpy finished(presenter.get(), &ExpiryAlertsPresenter::runFinished);
    presenter->reloadOptions();
    QVERIFY(finished.wait(30000));
    QVERIFY(!m_banner->isVisible());
}

void ExpiryBannerTest::aFailedWebhookIsShownUntilRetryDeliversIt()
{
    WebhookReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.setBehaviour(WebhookReceiver::Behaviour::ServerError);
    QVERIFY(m_settings->setWebhookUrl(receiver.url()).isValid());
    setSigningSecret(true);
    const AppWithKey dueSoon = addAppWithKey(u"Booking site"_s, 5);
    auto presenter = makePresenter();
    presenter->start();

    QTRY_VERIFY_WITH_TIMEOUT(problemLabel()->isVisible(), 30000);
    QVERIFY2(problemLabel()->text().startsWith(u"Webhook alerts pending: 1 — "_s), qPrintable(problemLabel()->text()));
    QVERIFY2(problemLabel()->text().contains(u"HTTP 500"_s), qPrintable(problemLabel()->text()));
    QVERIFY(receiver.acceptedBodies().isEmpty());
    QCOMPARE(keyLines().size(), 1);

    receiver.setBehaviour(WebhookReceiver::Behaviour::Accept);
    auto* retry = m_banner->findChild<QPushButton*>(u"retryButton"_s);
    QTRY_VERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!problemLabel()->isVisible(), 30000);
    QCOMPARE(receiver.acceptedBodies().size(), 1);
    QVERIFY(receiver.acceptedBodies().first().contains(dueSoon.app.applicationId.toUtf8()));
    // The key still expires soon: the banner keeps saying so.
    QVERIFY(m_banner->isVisible());
    QCOMPARE(keyLines().size(), 1);
}

void ExpiryBannerTest::withoutATrayTheBannerCountsAsShown()
{
    if (TrayNotifier::isTrayAvailable())
        QSKIP("This platform has a system tray; the banner is not the desktop channel here.");
    addAppWithKey(u"Booking site"_s, 5);
    AlertDispatcher check(m_registry->database(), m_secrets, m_clock);
    check.setOptions(m_settings->alertOptions());

    // Not on screen: nobody saw the alert, so it stays due.
    m_window->hide();
    auto presenter = makePresenter();
    QVERIFY(runOnce(*presenter));
    QCOMPARE(check.dueAlerts(AlertChannel::Desktop).value().size(), 1);

    m_window->show();
    QVERIFY(runOnce(*presenter));
    QVERIFY(m_banner->isVisible());
    QVERIFY(check.dueAlerts(AlertChannel::Desktop).value().isEmpty());
    QVERIFY(!problemLabel()->isVisible());
}

void ExpiryBannerTest::manyKeysAreSummedUp()
{
    const int keyCount = ExpiryBanner::MaxListedKeys + 2;
    for (int i = 0; i < keyCount; ++i)
        addAppWithKey(u"App %1"_s.arg(i), 3 + i);
    auto presenter = makePresenter();
    QVERIFY(refreshBanner(*presenter));
    QCOMPARE(keyLines().size(), ExpiryBanner::MaxListedKeys);
    QCOMPARE(keyLines().first()->text().section(u'“', 1).section(u'”', 0, 0), u"App 0"_s);
    auto* more = m_banner->findChild<QLabel*>(u"moreKeysLabel"_s);
    QVERIFY(more->isVisible());
    QCOMPARE(more->text(), u"…and 2 more keys; see the Status column."_s);
}

void ExpiryBannerTest::aReadOnlyBannerOffersNoRotate()
{
    addAppWithKey(u"Booking site"_s, 5);
    m_banner->setRotateAvailable(false);
    auto presenter = makePresenter();
    QVERIFY(refreshBanner(*presenter));
    QCOMPARE(keyLines().size(), 1);
    const QList<QPushButton*> rotateButtons = m_banner->findChildren<QPushButton*>(u"rotateButton"_s);
    QCOMPARE(rotateButtons.size(), 1);
    QVERIFY(!rotateButtons.first()->isVisible());
}

void ExpiryBannerTest::theMainWindowShowsItAboveTheTableAndRotates()
{
    const AppWithKey dueSoon = addAppWithKey(u"Booking site"_s, 5);
    addAppWithKey(u"Front desk"_s, 200);
    const std::unique_ptr<MainWindow> window = openMainWindow();
    QVERIFY(window);
    auto* banner = window->findChild<ExpiryBanner*>();
    QVERIFY(banner);
    // The alerts are planned after the window's first paint: the banner arrives then.
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->findChildren<QLabel*>(u"expiringKeyLabel"_s).size(), 1);
    auto* table = window->findChild<QTableView*>(u"appTable"_s);
    QVERIFY(banner->mapTo(window.get(), QPoint(0, banner->height())).y() <= table->mapTo(window.get(), QPoint()).y());

    QTest::mouseClick(banner->findChild<QPushButton*>(u"rotateButton"_s), Qt::LeftButton);
    RotateKeyDialog* rotate = nullptr;
    QTRY_VERIFY((rotate = qobject_cast<RotateKeyDialog*>(QApplication::activeModalWidget())));
    QVERIFY(window->selectedApp());
    QCOMPARE(window->selectedApp()->app.applicationId, dueSoon.app.applicationId);
    rotate->reject();
}

void ExpiryBannerTest::settingsSavedInTheMainWindowReachTheBanner()
{
    addAppWithKey(u"Booking site"_s, 5);
    const std::unique_ptr<MainWindow> window = openMainWindow();
    QVERIFY(window);
    auto* banner = window->findChild<ExpiryBanner*>();
    QTRY_VERIFY(banner->isVisible());

    auto* settingsAction = window->findChild<QAction*>(u"settingsAction"_s);
    QVERIFY(settingsAction);
    QCOMPARE(settingsAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->trigger();
    SettingsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = qobject_cast<SettingsDialog*>(QApplication::activeModalWidget())));
    dialog->findChild<QCheckBox*>(u"alertsEnabledCheck"_s)->setChecked(false);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!banner->isVisible());
    QVERIFY(!AppSettings(m_settings->fileName()).alertsEnabled());
}

void ExpiryBannerTest::aWindowNeverPaintedStillGetsItsBanner()
{
    addAppWithKey(u"Booking site"_s, 5);
    auto session =
        WindowDriver::openSession(m_registry->filePath(), Database::AccessMode::ReadWrite, m_secrets, m_clock);
    QVERIFY2(session.ok(), qPrintable(errorText(session)));
    session.value().settings = m_settings;
    MainWindow window(session.value());
    PaintEater eater;
    window.installEventFilter(&eater);
    window.show();
    auto* banner = window.findChild<ExpiryBanner*>();
    QVERIFY(banner);
    // The checks start at the first paint, or a while after the window is shown when that never comes.
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
    QVERIFY(eater.eaten > 0);
    QCOMPARE(banner->findChildren<QLabel*>(u"expiringKeyLabel"_s).size(), 1);
}

QTEST_MAIN(ExpiryBannerTest)
#include "tst_expiry_banner.moc"
