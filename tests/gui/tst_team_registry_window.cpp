// The main window on a team registry (PRODUCT.md section 7), on the private PostgreSQL server of
// scripts/with-postgres: the admin gets every action; a support role that may only read gets the read-only window
// even without --read-only, so it is offered nothing the server would refuse; the audit trail shows its entries while
// its filters' choices are still being read. The keychain is not the subject.
#include "AppRepository.h"
#include "AuditTableModel.h"
#include "AuditTrailWindow.h"
#include "Database.h"
#include "ErrorText.h"
#include "FixedClock.h"
#include "InMemorySecretStore.h"
#include "MainWindow.h"
#include "PausedPostgresServer.h"
#include "PermissionCatalogue.h"
#include "PostgresTestServer.h"
#include "RegistrySession.h"
#include "SampleApps.h"
#include "TestRegistryLocation.h"
#include "WindowDriver.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QTimer>

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
    void theAuditTrailShowsItsEntriesWhileItsChoicesAreRead();

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

/// The audit trail window reads its filters' choices (every actor, every app's name: a second at 1,000,000 entries)
/// on a connection and a thread of their own. Here the server stops answering new connections (its postmaster paused)
/// before the window opens: the entries show on the registry's own connection, and the window's thread goes on while
/// the choices' reader waits in the server's queue.
void TeamRegistryWindowTest::theAuditTrailShowsItsEntriesWhileItsChoicesAreRead()
{
    const Result<RegistrySession> session = sessionOn(m_place->open());
    QVERIFY2(session.ok(), qPrintable(errorText(session)));
    const QSqlDatabase connection = session.value().database->connection();
    if (const QString reason = PausedPostgresServer::unavailableReason(connection); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    const AppRecord app = SampleApps::record(u"Harbor Spa"_s, QDateTime::currentDateTimeUtc());
    QVERIFY(session.value().repository->insertApp(app).ok());
    const std::unique_ptr<MainWindow> window = WindowDriver::showWindow(session.value());
    QVERIFY(window);

    QComboBox* apps = nullptr;
    {
        const PausedPostgresServer paused(connection);
        QVERIFY2(paused.errorText().isEmpty(), qPrintable(paused.errorText()));
        const int waitingBefore = paused.waitingConnections();
        QVERIFY(waitingBefore >= 0);
        window->openAuditTrail();
        auto* trail = window->findChild<AuditTrailWindow*>();
        QVERIFY(trail);
        const QAbstractItemModel* entries = trail->findChild<QTableView*>(u"auditTable"_s)->model();
        QCOMPARE(entries->rowCount(), 1);
        QCOMPARE(entries->index(0, AuditTableModel::ActionColumn).data().toString(), u"App created"_s);
        apps = trail->findChild<QComboBox*>(u"appCombo"_s);
        QTRY_COMPARE(paused.waitingConnections(), waitingBefore + 1);

        int turns = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&turns] { ++turns; });
        ticker.start(0);
        QTRY_VERIFY(turns >= 20);
        QCOMPARE(apps->count(), 1);
        QCOMPARE(apps->itemText(0), u"All apps"_s);
    }
    QTRY_COMPARE(apps->count(), 2);
    QCOMPARE(apps->itemText(1), u"Harbor Spa"_s);
    QCOMPARE(apps->itemData(1).toString(), app.applicationId);
    const QAbstractItemModel* entries = window->findChild<AuditTrailWindow*>()->findChild<QTableView*>()->model();
    QCOMPARE(entries->index(0, AuditTableModel::AppColumn).data().toString(), u"Harbor Spa"_s);
}

QTEST_MAIN(TeamRegistryWindowTest)
#include "tst_team_registry_window.moc"
