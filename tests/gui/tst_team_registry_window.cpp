// The main window on a team registry (PRODUCT.md section 7), on the private PostgreSQL server of
// scripts/with-postgres: the admin gets every action; a support role that may only read gets the read-only window
// even without --read-only, so it is offered nothing the server would refuse. The keychain is not the subject.
#include "Database.h"
#include "ErrorText.h"
#include "FixedClock.h"
#include "InMemorySecretStore.h"
#include "MainWindow.h"
#include "PermissionCatalogue.h"
#include "PostgresTestServer.h"
#include "RegistrySession.h"
#include "TestRegistryLocation.h"
#include "WindowDriver.h"

#include <QAction>
#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

class TeamRegistryWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theAdminGetsEveryAction();
    void aSupportRoleGetsTheReadOnlyWindowWithoutAsking();

private:
    Result<RegistrySession> sessionOn(const Result<std::shared_ptr<Database>>& opened) const;

    std::unique_ptr<PostgresTestServer> m_server;
    std::unique_ptr<TestRegistryLocation> m_place;
};

void TeamRegistryWindowTest::initTestCase()
{
    if (const QString unavailable = PostgresTestServer::unavailableReason(); !unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    m_server = std::make_unique<PostgresTestServer>(PostgresTestServer::fromEnvironment());
}

void TeamRegistryWindowTest::init()
{
    m_place = std::make_unique<TestRegistryLocation>();
    QVERIFY2(m_place->isValid(), qPrintable(m_place->errorText()));
    // The admin creates the registry, as the first start of the window would.
    const Result<std::shared_ptr<Database>> created = m_place->open();
    QVERIFY2(created.ok(), qPrintable(errorText(created)));
}

void TeamRegistryWindowTest::cleanup()
{
    m_place.reset();
}

Result<RegistrySession> TeamRegistryWindowTest::sessionOn(const Result<std::shared_ptr<Database>>& opened) const
{
    if (!opened)
        return opened.error();
    return RegistrySession::fromDatabase(opened.value(), QString::fromLatin1(PermissionCatalogue::DefaultResourcePath),
                                         std::make_shared<InMemorySecretStore>(), std::make_shared<FixedClock>());
}

void TeamRegistryWindowTest::theAdminGetsEveryAction()
{
    const Result<RegistrySession> session = sessionOn(m_place->open());
    QVERIFY2(session.ok(), qPrintable(errorText(session)));
    const std::unique_ptr<MainWindow> window = WindowDriver::showWindow(session.value());
    QVERIFY(window);

    QCOMPARE(window->windowTitle(), u"Manage Applications — AppKeys"_s);
    QVERIFY(!window->findChild<QLabel*>(u"readOnlyLabel"_s));
    QVERIFY(WindowDriver::action(*window, u"addAction"_s)->isVisible());
    QVERIFY(WindowDriver::action(*window, u"addAction"_s)->isEnabled());
}

void TeamRegistryWindowTest::aSupportRoleGetsTheReadOnlyWindowWithoutAsking()
{
    // Opened read-write, as `appkeys --database URL` without --read-only does.
    const Result<RegistrySession> session = sessionOn(m_place->openAsSupport(Database::AccessMode::ReadWrite));
    QVERIFY2(session.ok(), qPrintable(errorText(session)));
    QVERIFY(!session.value().database->isReadOnly());
    const std::unique_ptr<MainWindow> window = WindowDriver::showWindow(session.value());
    QVERIFY(window);

    QCOMPARE(window->windowTitle(), u"Manage Applications — AppKeys (read-only)"_s);
    const auto* note = window->findChild<QLabel*>(u"readOnlyLabel"_s);
    QVERIFY(note);
    QCOMPARE(note->text(), u"Read-only: the database role “%1” may only read."_s.arg(
                               m_server->roleName(PostgresTestServer::Role::Support)));
    for (const QString& changing : {u"addAction"_s, u"generateKeyAction"_s, u"deleteAction"_s}) {
        QVERIFY2(!WindowDriver::action(*window, changing)->isVisible(), qPrintable(changing));
        QVERIFY2(!WindowDriver::action(*window, changing)->isEnabled(), qPrintable(changing));
    }
    QVERIFY(WindowDriver::action(*window, u"auditTrailAction"_s)->isEnabled());
    QVERIFY(WindowDriver::action(*window, u"exportAction"_s)->isEnabled());
}

QTEST_MAIN(TeamRegistryWindowTest)
#include "tst_team_registry_window.moc"
