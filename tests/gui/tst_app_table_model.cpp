#include "AppRepository.h"
#include "ApplicationFilterProxyModel.h"
#include "ApplicationTableModel.h"
#include "ErrorText.h"
#include "FixedClock.h"
#include "KeyRepository.h"
#include "KeychainReportFile.h"
#include "LocalTime.h"
#include "PausedPostgresServer.h"
#include "PostgresLocation.h"
#include "SampleApps.h"
#include "TemporaryRegistry.h"
#include "TestEngine.h"
#include "TranslationLoader.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFile>
#include <QIcon>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

const QDateTime Now = FixedClock::defaultNow();

QStringList names(const QAbstractItemModel& model)
{
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.append(model.index(row, ApplicationTableModel::NameColumn).data().toString());
    return shown;
}

/// The names `proxy` shows with a search for `text` (and no other filter).
QStringList found(ApplicationFilterProxyModel& proxy, const QString& text)
{
    AppFilter filter;
    filter.searchText = text;
    proxy.setFilter(filter);
    return names(proxy);
}

int rowOf(const QAbstractItemModel& model, const QString& name)
{
    return int(names(model).indexOf(name));
}

/// Counts a view's pages read (loadProgress) at its first paint after start().
class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(const QSignalSpy& progress) : m_progress(progress) {}
    void start() { m_started = true; }
    bool painted() const { return m_pagesReadAtPaint >= 0; }
    qsizetype pagesReadAtPaint() const { return m_pagesReadAtPaint; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (m_started && event->type() == QEvent::Paint && !painted())
            m_pagesReadAtPaint = m_progress.size();
        return QObject::eventFilter(watched, event);
    }

private:
    const QSignalSpy& m_progress;
    bool m_started = false;
    qsizetype m_pagesReadAtPaint = -1;
};

} // namespace

class AppTableModelTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyRegistryPassesTheModelTester();
    void severalAppsPassTheModelTester();
    void columnsShowTheAppsFields();
    void statusColumnSaysWhatTheKeysAreInColour();
    void statusColumnAddsWhatTheKeychainReportSaysOfEachApp();
    void sourceAppColumnHasTheSourcesIcon();
    void reloadShowsAnAppInsertedSince();
    void aLargeRegistryShowsItsNewestPageFirstThenEveryApp();
    void theFirstPageIsPaintedBeforeTheRestIsRead_data();
    void theFirstPageIsPaintedBeforeTheRestIsRead();
    void theWindowKeepsAnsweringWhileTheRestIsRead();
    void theWindowKeepsAnsweringWhileTheReaderConnects();
    void withoutASecondConnectionTheRestIsReadOnTheWindowsThread();
    void aReloadWhileLoadingStartsTheLoadOver();
    void aRefreshKeepsTheRowsUntilEveryAppIsReadAgain();
    void rowsKeepWhatTheTableShowsAndTheSearchEveryField();
    void createdAtSortsByTimeNotByText();
    void permissionsSortAsNumbers();
    void statusSortsByUrgencyAndExpiresByDate();
    void proxyPassesTheModelTesterWhileFiltering();
    void eachFilterNarrowsTheRows();
    void searchLooksInNameIdUriDescriptionAndCreator();
    void expiresWithinKeepsOnlyUsableKeysEndingSoon();
    void typingNarrowsAndBackspaceWidensInOrder();
    void backspaceShowsTheRowsOfTheSourceAndOrderAsTheyAreNow();
    void everyFilterShowsWhatItShowsAlone_data();
    void everyFilterShowsWhatItShowsAlone();
    void aFilterChangeIsOneLayoutChangeThatKeepsTheSelection();
    void sortingAgainKeepsTheFilter();

private:
    AppRecord insert(const QString& name, int minutesAfterFirst = 0);
    void insertKey(const AppRecord& app, int createdDaysAgo, int lifetimeDays = 365);
    /// One app per status: no key, active, expiring in 15 days, expired, revoked, inactive.
    void insertOneAppPerStatus();
    QStringList insertSeveralPages();
    void insertAppsNamed(const QStringList& names);
    void reload(ApplicationTableModel& model);
    void checkTheWindowAnswersWhileTheReaderIsHeld(
        const std::function<void(const std::function<void()>& whileHeld)>& holdTheReader);

    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<TemporaryRegistry> m_registry;
};

void AppTableModelTest::initTestCase()
{
    if (const QString unavailable = TestEngine::unavailableReason(); !unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    // The texts as the program shows them in English, with its plural forms ("1 day", "15 days").
    QVERIFY(TranslationLoader::install(u"en"_s).ok());
}

void AppTableModelTest::init()
{
    m_clock = std::make_shared<FixedClock>();
    m_registry = std::make_unique<TemporaryRegistry>(m_clock);
    QVERIFY2(m_registry->isOpen(), qPrintable(m_registry->errorText()));
}

void AppTableModelTest::cleanup()
{
    m_registry.reset();
}

AppRecord AppTableModelTest::insert(const QString& name, int minutesAfterFirst)
{
    AppRecord app = SampleApps::record(name, Now.addDays(-60).addSecs(60 * minutesAfterFirst));
    const Status inserted = m_registry->repository()->insertApp(app);
    if (!inserted)
        QTest::qFail(qPrintable(errorText(inserted)), __FILE__, __LINE__);
    return app;
}

void AppTableModelTest::insertKey(const AppRecord& app, int createdDaysAgo, int lifetimeDays)
{
    const Status inserted =
        m_registry->keys()->insertKey(SampleApps::key(app.applicationId, Now.addDays(-createdDaysAgo), lifetimeDays));
    QVERIFY2(inserted.ok(), qPrintable(errorText(inserted)));
}

void AppTableModelTest::insertOneAppPerStatus()
{
    insert(u"No key app"_s, 0);
    insertKey(insert(u"Active app"_s, 1), 10);
    insertKey(insert(u"Expiring app"_s, 2), 350);
    insertKey(insert(u"Expired app"_s, 3), 400);
    const AppRecord revoked = insert(u"Revoked app"_s, 4);
    insertKey(revoked, 10);
    const QString revokedKeyId = m_registry->keys()->keysForApp(revoked.applicationId).value().first().keyId;
    QVERIFY(m_registry->keys()->revokeKey(revoked.applicationId, revokedKeyId).ok());
    const AppRecord inactive = insert(u"Inactive app"_s, 5);
    insertKey(inactive, 10);
    QVERIFY(m_registry->repository()->setActive(inactive.applicationId, false).ok());
}

void AppTableModelTest::insertAppsNamed(const QStringList& names)
{
    for (const QString& name : names)
        QVERIFY(m_registry->repository()->insertApp(SampleApps::record(name, Now)).ok());
}

void AppTableModelTest::reload(ApplicationTableModel& model)
{
    const Status reloaded = model.reload();
    QVERIFY2(reloaded.ok(), qPrintable(errorText(reloaded)));
}

void AppTableModelTest::emptyRegistryPassesTheModelTester()
{
    ApplicationTableModel model(m_registry->repository(), m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    reload(model);

    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 10);
    const QStringList expectedHeaders{u"Name"_s,        u"Source App"_s, u"Login User Type"_s, u"Auth Method"_s,
                                      u"Permissions"_s, u"Status"_s,     u"Expires"_s,         u"Last Used"_s,
                                      u"Created By"_s,  u"Created At"_s};
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expectedHeaders.at(column));
}

void AppTableModelTest::severalAppsPassTheModelTester()
{
    ApplicationTableModel model(m_registry->repository(), m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    insertOneAppPerStatus();

    reload(model);
    QCOMPARE(model.rowCount(), 6);
    // The tester checks each change as it happens: a second reload exercises a reset with rows on both sides.
    reload(model);
    QCOMPARE(model.rowCount(), 6);
}

void AppTableModelTest::columnsShowTheAppsFields()
{
    AppRecord app = SampleApps::record(u"Front desk bot"_s, Now.addDays(-3));
    app.details.sourceApp = SourceApp::Bot;
    app.details.loginUserType = LoginUserType::Employee;
    app.scope = {AuthMethod::JwtGroups, {u"appointments.read"_s, u"centers.read"_s, u"guests.read"_s}};
    QVERIFY(m_registry->repository()->insertApp(app).ok());
    insertKey(app, 3, 90);
    ApplicationTableModel model(m_registry->repository(), m_clock);
    reload(model);

    const auto shown = [&](int column) {
        return model.index(0, column).data().toString();
    };
    QCOMPARE(shown(ApplicationTableModel::NameColumn), u"Front desk bot"_s);
    QCOMPARE(shown(ApplicationTableModel::SourceAppColumn), u"Bot"_s);
    QCOMPARE(shown(ApplicationTableModel::LoginUserTypeColumn), u"Employee"_s);
    QCOMPARE(shown(ApplicationTableModel::AuthMethodColumn), u"Access tokens (JWT GROUPS)"_s);
    QCOMPARE(model.index(0, ApplicationTableModel::PermissionsColumn).data().toInt(), 3);
    QCOMPARE(shown(ApplicationTableModel::StatusColumn), u"Active"_s);
    QCOMPARE(shown(ApplicationTableModel::ExpiresColumn), LocalTime::date(Now.addDays(87)));
    QCOMPARE(shown(ApplicationTableModel::CreatedByColumn), u"tester@example"_s);
    QCOMPARE(shown(ApplicationTableModel::CreatedAtColumn), LocalTime::minutes(Now.addDays(-3)));
    QVERIFY(
        model.index(0, ApplicationTableModel::NameColumn).data(Qt::ToolTipRole).toString().contains(app.applicationId));
    QCOMPARE(model.loadedAt(), Now);
}

void AppTableModelTest::statusColumnSaysWhatTheKeysAreInColour()
{
    insertOneAppPerStatus();
    ApplicationTableModel model(m_registry->repository(), m_clock);
    reload(model);

    const auto status = [&](const QString& name) {
        return model.index(rowOf(model, name), ApplicationTableModel::StatusColumn);
    };
    const auto colour = [&](const QString& name) {
        return status(name).data(Qt::ForegroundRole).value<QBrush>().color();
    };
    QCOMPARE(status(u"No key app"_s).data().toString(), u"No key"_s);
    QCOMPARE(status(u"Active app"_s).data().toString(), u"Active"_s);
    QCOMPARE(status(u"Expiring app"_s).data().toString(), u"Expires in 15 days"_s);
    QCOMPARE(status(u"Expired app"_s).data().toString(), u"Expired"_s);
    QCOMPARE(status(u"Revoked app"_s).data().toString(), u"Revoked"_s);
    QCOMPARE(status(u"Inactive app"_s).data().toString(), u"Inactive"_s);

    QVERIFY(!status(u"Active app"_s).data(Qt::ForegroundRole).isValid());
    QVERIFY(!status(u"No key app"_s).data(Qt::ForegroundRole).isValid());
    QCOMPARE(colour(u"Expiring app"_s), QColor(0x8a, 0x5a, 0x00));
    QCOMPARE(colour(u"Expired app"_s), QColor(0xb0, 0x1c, 0x1c));
    QCOMPARE(colour(u"Revoked app"_s), QColor(0xb0, 0x1c, 0x1c));
    QCOMPARE(colour(u"Inactive app"_s), QColor(0x6b, 0x6b, 0x6b));
    QVERIFY(colour(u"Expiring app"_s) != colour(u"Expired app"_s));
    QCOMPARE(model.index(rowOf(model, u"No key app"_s), ApplicationTableModel::ExpiresColumn).data().toString(),
             u"—"_s);
}

void AppTableModelTest::statusColumnAddsWhatTheKeychainReportSaysOfEachApp()
{
    QStandardPaths::setTestModeEnabled(true); // the report file goes to a test folder, never the user's
    const AppRecord lost = insert(u"Lost secret"_s);
    const AppRecord replaced = insert(u"Replaced secret"_s, 1);
    const AppRecord fine = insert(u"Fine app"_s, 2);
    const QString registryId = m_registry->database()->registryId();
    const auto finding = [](const AppRecord& app, const QString& sha256) {
        return KeychainReport::Finding{KeychainReport::State::Missing,
                                       app.applicationId,
                                       app.details.name,
                                       {},
                                       u"hint"_s,
                                       u"alice@front-desk"_s,
                                       sha256};
    };
    // The replaced app's finding is about a secret it no longer has: it no longer applies.
    const KeychainReport written(Now, u"me@here"_s,
                                 {finding(lost, lost.secretSha256), finding(replaced, QString(64, u'0'))});
    QVERIFY(KeychainReportFile::write(registryId, written).ok());
    Result<KeychainReportLookup> checks = KeychainReportLookup::open(registryId);
    QVERIFY(checks.ok());
    ApplicationTableModel model(m_registry->repository(), m_clock);
    reload(model);
    const auto status = [&](const QString& name) {
        return model.index(rowOf(model, name), ApplicationTableModel::StatusColumn);
    };
    QCOMPARE(status(u"Lost secret"_s).data().toString(), u"No key"_s);
    QVERIFY(!model.isKeychainChecked());

    ApplicationFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    AppFilter secrets;
    secrets.searchText = u"secret"_s;
    proxy.setFilter(secrets);
    QCOMPARE(proxy.rowCount(), 2);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy shownChanged(&proxy, &QAbstractItemModel::dataChanged);
    QSignalSpy shownLaidOut(&proxy, &QAbstractItemModel::layoutChanged);
    model.setKeychainChecks(std::make_shared<const KeychainReportLookup>(std::move(checks).value()));
    // Only how the Status column reads: the table's filter keeps its rows without judging them again.
    const QList<int> statusRoles{Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole};
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), statusRoles);
    QCOMPARE(shownChanged.size(), 1);
    QCOMPARE(shownChanged.at(0).at(0).toModelIndex(), proxy.index(0, ApplicationTableModel::StatusColumn));
    QCOMPARE(shownChanged.at(0).at(1).toModelIndex(), proxy.index(1, ApplicationTableModel::StatusColumn));
    QCOMPARE(shownChanged.at(0).at(2).value<QList<int>>(), statusRoles);
    QCOMPARE(shownLaidOut.size(), 0);
    QCOMPARE(proxy.rowCount(), 2);
    QVERIFY(model.isKeychainChecked());
    QCOMPARE(status(u"Lost secret"_s).data().toString(), u"No key — Secret in the keychain of alice@front-desk"_s);
    QCOMPARE(status(u"Lost secret"_s).data(Qt::ToolTipRole).toString(),
             u"Secret in the keychain of alice@front-desk. Regenerate the secret to issue one that works here."_s);
    QVERIFY(status(u"Lost secret"_s).data(Qt::ForegroundRole).isValid());
    QCOMPARE(status(u"Replaced secret"_s).data().toString(), u"No key"_s);
    QCOMPARE(status(u"Fine app"_s).data().toString(), u"No key"_s);
    QVERIFY(!status(u"Fine app"_s).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.keychainReportFor(CompactId::of(fine.applicationId)).value().stateOf(fine.applicationId),
             KeychainReport::State::Present);

    // A report whose line for an app is damaged says so for that app, and only for it.
    QFile file(KeychainReportFile::pathFor(registryId));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray damaged = file.readAll();
    file.close();
    damaged.replace("\"missing\"", "\"lost\"");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(damaged);
    file.close();
    model.setKeychainChecks(
        std::make_shared<const KeychainReportLookup>(KeychainReportLookup::open(registryId).value()));
    QCOMPARE(status(u"Lost secret"_s).data().toString(), u"No key — The last keychain check could not be read."_s);
    QVERIFY(status(u"Lost secret"_s)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(u"The last keychain check could not be read."_s));
    QCOMPARE(status(u"Fine app"_s).data().toString(), u"No key"_s);
    QVERIFY(QFile::remove(KeychainReportFile::pathFor(registryId)));
}

void AppTableModelTest::sourceAppColumnHasTheSourcesIcon()
{
    insert(u"Front desk bot"_s);
    ApplicationTableModel model(m_registry->repository(), m_clock);
    reload(model);

    const auto icon = model.index(0, ApplicationTableModel::SourceAppColumn).data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!icon.isNull());
    // The SVG from the resources really renders: a pixmap with something drawn in its middle.
    const QImage image = icon.pixmap(QSize(24, 24)).toImage();
    QVERIFY(!image.isNull());
    QVERIFY(qAlpha(image.pixel(12, 12)) > 0);
    QVERIFY(!model.index(0, ApplicationTableModel::NameColumn).data(Qt::DecorationRole).isValid());
}

void AppTableModelTest::reloadShowsAnAppInsertedSince()
{
    insert(u"Mobile booking"_s, 0);
    ApplicationTableModel model(m_registry->repository(), m_clock);
    reload(model);
    QCOMPARE(model.rowCount(), 1);

    insert(u"Web store"_s, 1);
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    reload(model);

    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(rowOf(model, u"Web store"_s) >= 0);
}

/// The first page, three full pages and a part: names sort as they were created, "App 0001" the oldest.
QStringList AppTableModelTest::insertSeveralPages()
{
    static_assert(ApplicationTableModel::FirstPageSize + 3 * ApplicationTableModel::PageSize == 1700);
    QStringList newestFirst;
    for (int app = 1; app <= 2010; ++app) {
        newestFirst.prepend(u"App %1"_s.arg(app, 4, 10, QChar(u'0')));
        insert(newestFirst.constFirst(), app);
    }
    return newestFirst;
}

void AppTableModelTest::aLargeRegistryShowsItsNewestPageFirstThenEveryApp()
{
    const QStringList newestFirst = insertSeveralPages();
    ApplicationTableModel model(m_registry->repository(), m_clock);
    QSignalSpy progress(&model, &ApplicationTableModel::loadProgress);
    QSignalSpy finished(&model, &ApplicationTableModel::loadFinished);

    reload(model);

    // At once: the newest few screens, while the rest is read a page at a time through the event loop.
    static_assert(ApplicationTableModel::FirstPageSize == 200);
    QCOMPARE(model.rowCount(), ApplicationTableModel::FirstPageSize);
    QVERIFY(model.isLoading());
    QCOMPARE(model.row(0).name, u"App 2010"_s);
    QCOMPARE(model.row(199).name, u"App 1811"_s);
    QVERIFY(finished.wait());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toString(), QString());
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.first().first().toInt(), 700);
    QCOMPARE(progress.last().first().toInt(), 1700);
    QVERIFY(!model.isLoading());
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.row(row).name);
    QCOMPARE(names, newestFirst);
}

void AppTableModelTest::theFirstPageIsPaintedBeforeTheRestIsRead_data()
{
    QTest::addColumn<bool>("shownFirst");
    QTest::newRow("a window shown, then loaded (a refresh of an empty table)") << true;
    // As MainWindow starts: it loads the first page, then is shown, and paints on its expose event.
    QTest::newRow("a window loaded, then shown") << false;
}

void AppTableModelTest::theFirstPageIsPaintedBeforeTheRestIsRead()
{
    QFETCH(bool, shownFirst);
    insertSeveralPages();
    ApplicationTableModel model(m_registry->repository(), m_clock);
    QSignalSpy progress(&model, &ApplicationTableModel::loadProgress);
    QSignalSpy finished(&model, &ApplicationTableModel::loadFinished);
    QTableView view;
    view.setModel(&model);
    FirstPaintProbe probe(progress);
    view.viewport()->installEventFilter(&probe);
    if (shownFirst) {
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }

    probe.start();
    reload(model);
    if (!shownFirst)
        view.show();

    // The window's first rows wait for no other page: on PostgreSQL each is a few round trips.
    QTRY_VERIFY(probe.painted());
    QCOMPARE(probe.pagesReadAtPaint(), 0);
    QVERIFY(finished.wait());
    QCOMPARE(progress.size(), 3);
}

/// Loads the first page of FirstPageSize + 20 apps; then `holdTheReader` keeps the reader of the rest waiting, and
/// calls its argument once it does: the window's thread must go on turning meanwhile, and once the reader is let go
/// the load must end with every app.
void AppTableModelTest::checkTheWindowAnswersWhileTheReaderIsHeld(
    const std::function<void(const std::function<void()>& whileHeld)>& holdTheReader)
{
    constexpr int Apps = ApplicationTableModel::FirstPageSize + 20;
    for (int app = 1; app <= Apps; ++app)
        insert(u"App %1"_s.arg(app), app);
    ApplicationTableModel model(m_registry->repository(), m_clock);
    QSignalSpy finished(&model, &ApplicationTableModel::loadFinished);
    reload(model);
    QCOMPARE(model.rowCount(), ApplicationTableModel::FirstPageSize);

    holdTheReader([&] {
        int turns = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&turns] { ++turns; });
        ticker.start(0);
        QTRY_VERIFY(turns >= 20);
        QVERIFY(model.isLoading());
        QCOMPARE(finished.size(), 0);
    });
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toString(), QString());
    QCOMPARE(model.rowCount(), Apps);
}

/// The pages after the first are read on a connection and a thread of their own: here one waits for a lock that keeps
/// every reader of the apps out (PostgreSQL's LOCK TABLE; SQLite has none that would not stop the reader's connection
/// from opening).
void AppTableModelTest::theWindowKeepsAnsweringWhileTheRestIsRead()
{
    if (m_registry->place().engine() != SqlDialect::Engine::Postgres)
        QSKIP("Needs a lock that keeps readers out: run on PostgreSQL (tst_app_table_model_postgresql).");
    const QString database = PostgresLocation::parse(m_registry->location()).value().database();
    const QString lockerName = u"tst-app-table-model-locker"_s;
    checkTheWindowAnswersWhileTheReaderIsHeld([&](const std::function<void()>& whileHeld) {
        QSqlDatabase locker =
            m_registry->place().server().connect(PostgresTestServer::Role::Owner, database, lockerName);
        QSqlQuery lock(locker);
        QVERIFY2(lock.exec(u"BEGIN"_s) && lock.exec(u"LOCK TABLE apps IN ACCESS EXCLUSIVE MODE"_s),
                 qPrintable(lock.lastError().text()));
        // A reader waits for the lock (for at most lock_timeout, 5 s).
        QSqlQuery waiting(locker);
        QTRY_VERIFY(
            waiting.exec(u"SELECT count(*) FROM pg_locks WHERE relation = 'apps'::regclass AND NOT granted"_s) &&
            waiting.next() && waiting.value(0).toInt() == 1);
        whileHeld();
        QVERIFY2(lock.exec(u"ROLLBACK"_s), qPrintable(lock.lastError().text()));
    });
    QSqlDatabase::removeDatabase(lockerName);
}

/// The reader opens its connection on its own thread: here the server stops answering (its postmaster paused) after
/// the first page, and the reader's connection waits in the server's queue.
void AppTableModelTest::theWindowKeepsAnsweringWhileTheReaderConnects()
{
    if (m_registry->place().engine() != SqlDialect::Engine::Postgres)
        QSKIP("Pauses the PostgreSQL server: run on PostgreSQL (tst_app_table_model_postgresql).");
    if (const QString reason = PausedPostgresServer::unavailableReason(m_registry->database()->connection());
        !reason.isEmpty())
        QSKIP(qPrintable(reason));
    checkTheWindowAnswersWhileTheReaderIsHeld([this](const std::function<void()>& whileHeld) {
        const PausedPostgresServer paused(m_registry->database()->connection());
        QVERIFY2(paused.errorText().isEmpty(), qPrintable(paused.errorText()));
        const int waitingBefore = paused.waitingConnections();
        QVERIFY(waitingBefore >= 0);
        QTRY_COMPARE(paused.waitingConnections(), waitingBefore + 1);
        whileHeld();
    });
}

/// An SQLite file moved away while the window has it open: a second connection finds none, and the window's own reads
/// the rest between turns of its thread.
void AppTableModelTest::withoutASecondConnectionTheRestIsReadOnTheWindowsThread()
{
    if (m_registry->place().engine() != SqlDialect::Engine::Sqlite)
        QSKIP("Moves the registry's file.");
    constexpr int Apps = ApplicationTableModel::FirstPageSize + ApplicationTableModel::PageSize + 20;
    for (int app = 1; app <= Apps; ++app)
        insert(u"App %1"_s.arg(app), app);
    ApplicationTableModel model(m_registry->repository(), m_clock);
    QSignalSpy progress(&model, &ApplicationTableModel::loadProgress);
    QSignalSpy finished(&model, &ApplicationTableModel::loadFinished);
    const QString movedTo = m_registry->filePath() + u".moved"_s;
    QVERIFY(QFile::rename(m_registry->filePath(), movedTo));
    reload(model);
    QCOMPARE(model.rowCount(), ApplicationTableModel::FirstPageSize);

    const bool loaded = finished.wait();
    QVERIFY(QFile::rename(movedTo, m_registry->filePath()));
    QVERIFY(loaded);
    QCOMPARE(finished.first().first().toString(), QString());
    QCOMPARE(progress.size(), 1);
    QCOMPARE(model.rowCount(), Apps);
    QCOMPARE(model.row(Apps - 1).name, u"App 1"_s);
}

void AppTableModelTest::aReloadWhileLoadingStartsTheLoadOver()
{
    const QStringList newestFirst = insertSeveralPages();
    ApplicationTableModel model(m_registry->repository(), m_clock);
    QSignalSpy finished(&model, &ApplicationTableModel::loadFinished);
    QSignalSpy refreshed(&model, &ApplicationTableModel::refreshFinished);
    reload(model);
    QVERIFY(model.isLoading());

    // A change meanwhile (the window reloads on every one): the load starts over with the new first page.
    insert(u"Newcomer"_s, 5000);
    reload(model);
    QVERIFY(model.isLoading());
    QVERIFY(!model.isRefreshing());
    QCOMPARE(model.rowCount(), ApplicationTableModel::FirstPageSize);
    QCOMPARE(model.row(0).name, u"Newcomer"_s);
    QCOMPARE(finished.size(), 0);

    // It ends once, with every app once: the pages the first load had asked for are dropped, not added again.
    QVERIFY(finished.wait());
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(refreshed.size(), 0);
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.row(row).name);
    QCOMPARE(names, QStringList{u"Newcomer"_s} + newestFirst);
}

void AppTableModelTest::aRefreshKeepsTheRowsUntilEveryAppIsReadAgain()
{
    const QStringList newestFirst = insertSeveralPages();
    ApplicationTableModel model(m_registry->repository(), m_clock);
    ApplicationFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QSignalSpy finished(&model, &ApplicationTableModel::loadFinished);
    reload(model);
    QVERIFY(finished.wait());

    // After a change (the window reloads on every one), at a later moment.
    insert(u"Newcomer"_s, 5000);
    const int renamedRow = rowOf(model, u"App 0007"_s);
    AppRecord renamed = m_registry->repository()->findApp(model.row(renamedRow).applicationId.text()).value();
    renamed.details.name = u"Seventh app"_s;
    QVERIFY(m_registry->repository()->updateDetails(renamed.applicationId, renamed.rowVersion, renamed.details).ok());
    m_clock->setNowUtc(Now.addSecs(60));
    QSignalSpy progress(&model, &ApplicationTableModel::loadProgress);
    QSignalSpy refreshed(&model, &ApplicationTableModel::refreshFinished);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    reload(model);

    // The rows shown stay, as they were worked out, until the fresh ones replace them in one reset.
    QVERIFY(model.isRefreshing());
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), newestFirst.size());
    QCOMPARE(model.loadedAt(), Now);
    QCOMPARE(resets.size(), 0);
    // The app the window reads whole after the change shows in its row at once, and the search finds it there.
    AppOverview whole = AppOverview::of(renamed, {}, model.loadedAt());
    model.updateRow(whole);
    QCOMPARE(model.row(renamedRow).name, u"Seventh app"_s);
    QCOMPARE(found(proxy, u"seventh"_s), QStringList{u"Seventh app"_s});
    QCOMPARE(found(proxy, u"App 0007"_s), QStringList());
    found(proxy, {});

    QVERIFY(refreshed.wait());
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(refreshed.first().first().toString(), QString());
    QCOMPARE(resets.size(), 1);
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.first().first().toInt(), 700);
    QCOMPARE(progress.last().first().toInt(), 1700);
    QCOMPARE(finished.size(), 1); // the first load's only
    QVERIFY(!model.isRefreshing());
    QCOMPARE(model.loadedAt(), Now.addSecs(60));
    QCOMPARE(model.rowCount(), newestFirst.size() + 1);
    QCOMPARE(model.row(0).name, u"Newcomer"_s);
    QCOMPARE(found(proxy, u"seventh"_s), QStringList{u"Seventh app"_s});
}

void AppTableModelTest::rowsKeepWhatTheTableShowsAndTheSearchEveryField()
{
    // The oldest app, so that a paged load reads it with its last page.
    AppRecord bot = SampleApps::record(u"Front desk bot"_s, Now.addDays(-90));
    bot.details.uri = u"https://chat.example.org"_s;
    bot.details.description = u"Answers questions at night."_s;
    QVERIFY(m_registry->repository()->insertApp(bot).ok());
    insertKey(bot, 400); // expired
    const KeyRecord liveKey = SampleApps::key(bot.applicationId, Now.addDays(-10), 365);
    QVERIFY(m_registry->keys()->insertKey(liveKey).ok());
    // Only an expired key: the table still says it was never used, not that it has no key.
    insertKey(insert(u"Old"_s, 100), 400);
    insertSeveralPages();
    ApplicationTableModel model(m_registry->repository(), m_clock);
    QSignalSpy finished(&model, &ApplicationTableModel::loadFinished);
    ApplicationFilterProxyModel proxy;
    proxy.setSourceModel(&model);

    reload(model);
    QVERIFY(finished.wait());
    for (int pass = 0; pass < 2; ++pass) {
        // Read by the first load (the first pass) and by a refresh once rows are shown alike.
        const int row = model.rowOf(bot.applicationId);
        QCOMPARE(row, model.rowCount() - 1);
        const AppSummary& kept = model.row(row);
        QCOMPARE(kept.name, bot.details.name);
        QVERIFY(kept.secretSha256 == CompactSha256::of(bot.secretSha256));
        // Its live key only.
        QCOMPARE(kept.liveKeys.size(), 1);
        QCOMPARE(kept.liveKeys.constFirst().keyId.text(), liveKey.keyId);
        QVERIFY(kept.liveKeys.constFirst().keySha256 == CompactSha256::of(liveKey.keySha256));
        QCOMPARE(kept.expiresAt, Now.addDays(-10 + 365));
        QCOMPARE(kept.status.state, KeyStatus::State::Active);
        const int expiredOnly = rowOf(model, u"Old"_s);
        QVERIFY(model.row(expiredOnly).liveKeys.isEmpty());
        QCOMPARE(model.row(expiredOnly).status.state, KeyStatus::State::Expired);
        QCOMPARE(model.index(expiredOnly, ApplicationTableModel::LastUsedColumn).data().toString(), u"Never"_s);
        // The text the table does not keep is searched all the same.
        QCOMPARE(found(proxy, u"at night"_s), QStringList{bot.details.name});
        QCOMPARE(found(proxy, u"chat.example"_s), QStringList{bot.details.name});
        QCOMPARE(found(proxy, u"App 0007"_s), QStringList{u"App 0007"_s});
        found(proxy, {});
        if (pass == 0) {
            QSignalSpy refreshed(&model, &ApplicationTableModel::refreshFinished);
            reload(model);
            QVERIFY(model.isRefreshing());
            QVERIFY(refreshed.wait());
        }
    }
}

void AppTableModelTest::createdAtSortsByTimeNotByText()
{
    // As text, "3/1/25 10:01" would sort before "3/1/25 9:30"; as times it comes after.
    insert(u"Later"_s, 60 * 24 * 40);
    insert(u"Earlier"_s, 0);
    insert(u"Middle"_s, 31);
    ApplicationTableModel model(m_registry->repository(), m_clock);
    reload(model);
    ApplicationFilterProxyModel sorted;
    sorted.setSourceModel(&model);

    sorted.sort(ApplicationTableModel::CreatedAtColumn, Qt::AscendingOrder);

    QCOMPARE(names(sorted), (QStringList{u"Earlier"_s, u"Middle"_s, u"Later"_s}));
}

void AppTableModelTest::permissionsSortAsNumbers()
{
    // As text "10" sorts before "9".
    const QList<std::pair<QString, QStringList>> apps{
        {u"Ten"_s,
         {u"appointments.read"_s, u"appointments.write"_s, u"guests.read"_s, u"guests.write"_s, u"guests.delete"_s,
          u"employees.read"_s, u"employees.write"_s, u"centers.read"_s, u"services.read"_s, u"products.read"_s}},
        {u"Nine"_s,
         {u"appointments.read"_s, u"appointments.write"_s, u"guests.read"_s, u"guests.write"_s, u"guests.delete"_s,
          u"employees.read"_s, u"employees.write"_s, u"centers.read"_s, u"services.read"_s}},
        {u"Two"_s, {u"appointments.read"_s, u"appointments.write"_s}}};
    for (const auto& [name, permissions] : apps) {
        AppRecord app = SampleApps::record(name, Now);
        app.scope.permissionIds = permissions;
        QVERIFY(m_registry->repository()->insertApp(app).ok());
    }
    ApplicationTableModel model(m_registry->repository(), m_clock);
    reload(model);
    ApplicationFilterProxyModel sorted;
    sorted.setSourceModel(&model);

    sorted.sort(ApplicationTableModel::PermissionsColumn, Qt::AscendingOrder);

    QCOMPARE(names(sorted), (QStringList{u"Two"_s, u"Nine"_s, u"Ten"_s}));
}

void AppTableModelTest::statusSortsByUrgencyAndExpiresByDate()
{
    insertOneAppPerStatus();
    ApplicationTableModel model(m_registry->repository(), m_clock);
    reload(model);
    ApplicationFilterProxyModel sorted;
    sorted.setSourceModel(&model);

    sorted.sort(ApplicationTableModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(names(sorted), (QStringList{u"Expired app"_s, u"Expiring app"_s, u"Active app"_s, u"Revoked app"_s,
                                         u"No key app"_s, u"Inactive app"_s}));

    sorted.sort(ApplicationTableModel::ExpiresColumn, Qt::DescendingOrder);
    const QStringList byExpiry = names(sorted);
    QVERIFY2(byExpiry.indexOf(u"Active app"_s) < byExpiry.indexOf(u"Expiring app"_s), qPrintable(byExpiry.join(u", ")));
    QVERIFY2(byExpiry.indexOf(u"Expiring app"_s) < byExpiry.indexOf(u"Expired app"_s),
             qPrintable(byExpiry.join(u", ")));
    QCOMPARE(byExpiry.last(), u"No key app"_s);
}

void AppTableModelTest::proxyPassesTheModelTesterWhileFiltering()
{
    insertOneAppPerStatus();
    ApplicationTableModel model(m_registry->repository(), m_clock);
    ApplicationFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    reload(model);
    proxy.sort(ApplicationTableModel::NameColumn, Qt::AscendingOrder);

    AppFilter filter;
    filter.status = u"expired"_s;
    proxy.setFilter(filter);
    QCOMPARE(names(proxy), QStringList{u"Expired app"_s});
    proxy.setFilter({});
    QCOMPARE(proxy.rowCount(), 6);
    reload(model);
    QCOMPARE(proxy.rowCount(), 6);
}

void AppTableModelTest::eachFilterNarrowsTheRows()
{
    AppRecord bot = SampleApps::record(u"Bot"_s, Now);
    bot.details.sourceApp = SourceApp::Bot;
    bot.details.loginUserType = LoginUserType::Employee;
    bot.scope = {AuthMethod::JwtGroups, {u"guests.read"_s}};
    AppRecord store = SampleApps::record(u"Store"_s, Now);
    store.details.sourceApp = SourceApp::ExternalWebstore;
    AppRecord booking = SampleApps::record(u"Booking"_s, Now);
    booking.details.sourceApp = SourceApp::ExternalCma;
    for (const AppRecord& app : {bot, store, booking})
        QVERIFY(m_registry->repository()->insertApp(app).ok());
    insertKey(store, 10);
    ApplicationTableModel model(m_registry->repository(), m_clock);
    reload(model);
    ApplicationFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ApplicationTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.rowCount(), 3);

    const auto shownWith = [&](const std::function<void(AppFilter&)>& choose) {
        AppFilter filter;
        choose(filter);
        proxy.setFilter(filter);
        return names(proxy);
    };
    QCOMPARE(shownWith([](AppFilter& f) { f.sourceApp = SourceApp::Bot; }), QStringList{u"Bot"_s});
    QCOMPARE(shownWith([](AppFilter& f) { f.loginUserType = LoginUserType::Guest; }),
             (QStringList{u"Booking"_s, u"Store"_s}));
    QCOMPARE(shownWith([](AppFilter& f) { f.authMethod = AuthMethod::JwtGroups; }), QStringList{u"Bot"_s});
    QCOMPARE(shownWith([](AppFilter& f) { f.apiGroup = u"appointments"_s; }), (QStringList{u"Booking"_s, u"Store"_s}));
    QCOMPARE(shownWith([](AppFilter& f) { f.status = u"no_key"_s; }), (QStringList{u"Booking"_s, u"Bot"_s}));
    QCOMPARE(shownWith([](AppFilter& f) { f.status = u"active"_s; }), QStringList{u"Store"_s});
    QCOMPARE(shownWith([](AppFilter& f) {
                 f.loginUserType = LoginUserType::Guest;
                 f.sourceApp = SourceApp::ExternalCma;
             }),
             QStringList{u"Booking"_s});
}

void AppTableModelTest::searchLooksInNameIdUriDescriptionAndCreator()
{
    AppRecord bot = SampleApps::record(u"Front desk bot"_s, Now);
    bot.details.uri = u"https://chat.example.org"_s;
    bot.details.description = u"Answers questions at night."_s;
    AppRecord store = SampleApps::record(u"Store"_s, Now);
    store.createdBy = u"marketing@office"_s;
    for (const AppRecord& app : {bot, store})
        QVERIFY(m_registry->repository()->insertApp(app).ok());
    ApplicationTableModel model(m_registry->repository(), m_clock);
    reload(model);
    ApplicationFilterProxyModel proxy;
    proxy.setSourceModel(&model);

    QCOMPARE(found(proxy, u"DESK"_s), QStringList{u"Front desk bot"_s});
    QCOMPARE(found(proxy, bot.applicationId.left(13)), QStringList{u"Front desk bot"_s});
    QCOMPARE(found(proxy, u"chat.example"_s), QStringList{u"Front desk bot"_s});
    QCOMPARE(found(proxy, u"at night"_s), QStringList{u"Front desk bot"_s});
    QCOMPARE(found(proxy, u"marketing"_s), QStringList{u"Store"_s});
    QCOMPARE(found(proxy, u"nothing like this"_s), QStringList{});
}

void AppTableModelTest::expiresWithinKeepsOnlyUsableKeysEndingSoon()
{
    insertOneAppPerStatus();
    ApplicationTableModel model(m_registry->repository(), m_clock);
    reload(model);
    ApplicationFilterProxyModel proxy;
    proxy.setSourceModel(&model);

    AppFilter filter;
    filter.expiresWithinDays = 30;
    proxy.setFilter(filter);
    QCOMPARE(names(proxy), QStringList{u"Expiring app"_s});
    filter.expiresWithinDays = 360;
    proxy.setFilter(filter);
    proxy.sort(ApplicationTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(names(proxy), (QStringList{u"Active app"_s, u"Expiring app"_s}));
}

void AppTableModelTest::typingNarrowsAndBackspaceWidensInOrder()
{
    // Searched for text with a q, which neither the sample fields nor the ids (hexadecimal) hold.
    insertAppsNamed({u"Quiz one"_s, u"Quiz two"_s, u"Quill"_s, u"Store"_s});
    ApplicationTableModel model(m_registry->repository(), m_clock);
    reload(model);
    ApplicationFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(ApplicationTableModel::NameColumn, Qt::DescendingOrder);

    const auto typed = [&](const QString& text) {
        AppFilter filter;
        filter.searchText = text;
        proxy.setFilter(filter);
        return names(proxy);
    };
    QCOMPARE(typed(u"q"_s), (QStringList{u"Quiz two"_s, u"Quiz one"_s, u"Quill"_s}));
    QCOMPARE(typed(u"QUIZ"_s), (QStringList{u"Quiz two"_s, u"Quiz one"_s}));
    QCOMPARE(typed(u"quiz t"_s), QStringList{u"Quiz two"_s});
    QCOMPARE(typed(u"qui"_s), (QStringList{u"Quiz two"_s, u"Quiz one"_s, u"Quill"_s}));
    QCOMPARE(typed(QString()), (QStringList{u"Store"_s, u"Quiz two"_s, u"Quiz one"_s, u"Quill"_s}));
}

void AppTableModelTest::backspaceShowsTheRowsOfTheSourceAndOrderAsTheyAreNow()
{
    // Backspace goes back to rows remembered while typing: not once the registry was read again, or sorted.
    insertAppsNamed({u"Quiz one"_s, u"Quill"_s, u"Store"_s});
    ApplicationTableModel model(m_registry->repository(), m_clock);
    reload(model);
    ApplicationFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ApplicationTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(found(proxy, u"q"_s), (QStringList{u"Quill"_s, u"Quiz one"_s}));
    QCOMPARE(found(proxy, u"quiz"_s), QStringList{u"Quiz one"_s});

    insertAppsNamed({u"Quest"_s});
    reload(model);
    QCOMPARE(names(proxy), QStringList{u"Quiz one"_s});
    QCOMPARE(found(proxy, u"q"_s), (QStringList{u"Quest"_s, u"Quill"_s, u"Quiz one"_s}));

    QCOMPARE(found(proxy, u"qu"_s), (QStringList{u"Quest"_s, u"Quill"_s, u"Quiz one"_s}));
    proxy.sort(ApplicationTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(found(proxy, u"q"_s), (QStringList{u"Quiz one"_s, u"Quill"_s, u"Quest"_s}));
    QCOMPARE(found(proxy, QString()), (QStringList{u"Store"_s, u"Quiz one"_s, u"Quill"_s, u"Quest"_s}));
}

void AppTableModelTest::everyFilterShowsWhatItShowsAlone_data()
{
    QTest::addColumn<int>("others");
    // Among few apps, a letter judges more than an eighth of the rows, each from its text. Among many others, it
    // judges few, from the leads the letter before kept (ApplicationFilterProxyModel::LeadsShareOfRows).
    QTest::newRow("few apps") << 0;
    QTest::newRow("among many others") << 120;
}

void AppTableModelTest::everyFilterShowsWhatItShowsAlone()
{
    // Typing, taking letters back and changing the other filters, in any order: each step shows what a table given
    // that filter alone shows.
    QFETCH(int, others);
    QStringList otherNames;
    for (int other = 0; other < others; ++other)
        otherNames.append(u"Other %1"_s.arg(other));
    insertAppsNamed(otherNames);
    insertAppsNamed({u"Quiz one"_s, u"Quiz two"_s, u"Quill"_s, u"Store"_s, u"Storm"_s, u"Tab to tabs"_s,
                     u"Wellness studio Berlin"_s, u"Wellness studio Athens"_s});
    insertOneAppPerStatus();
    ApplicationTableModel model(m_registry->repository(), m_clock);
    reload(model);
    ApplicationFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ApplicationTableModel::NameColumn, Qt::AscendingOrder);
    const auto alone = [&model](const AppFilter& filter) {
        ApplicationFilterProxyModel fresh;
        fresh.setSourceModel(&model);
        fresh.sort(ApplicationTableModel::NameColumn, Qt::AscendingOrder);
        fresh.setFilter(filter);
        return names(fresh);
    };
    const QStringList typed{u"q"_s, u"qu"_s, u"qui"_s, u"quiz"_s, u"qui"_s, u"qu"_s, u"q"_s, QString(), u"s"_s, u"st"_s,
                            u"sto"_s, u"stor"_s, u"store"_s, u"stor"_s, u"sto"_s, u"s"_s, QString(), u"t"_s,
                            // "tabs" occurs after the first "tab"; "ab" before the first "b" (typed before it).
                            u"ta"_s, u"tab"_s, u"tabs"_s, QString(), u"b"_s, u"ab"_s, u"tab"_s, QString(), u"w"_s,
                            // A lead holds 15 bytes: "wellness studio" whole, and no more of either app.
                            u"wel"_s, u"wellness"_s, u"wellness studio"_s, u"wellness studio "_s,
                            u"wellness studio b"_s, u"wellness studio "_s, u"wellness studio a"_s};
    for (const QString& status : {QString(), u"no_key"_s, u"active"_s}) {
        for (const QString& text : typed) {
            AppFilter filter;
            filter.status = status;
            filter.searchText = text;
            proxy.setFilter(filter);
            QCOMPARE(names(proxy), alone(filter));
            // Sorted again while a text is typed: its rows are remembered without where it occurs in them.
            if (text == u"sto"_s)
                proxy.sort(ApplicationTableModel::NameColumn, Qt::AscendingOrder);
        }
    }
    AppFilter everything;
    proxy.setFilter(everything);
    QCOMPARE(names(proxy).size(), model.rowCount());
}

void AppTableModelTest::aFilterChangeIsOneLayoutChangeThatKeepsTheSelection()
{
    // Removing each run of hidden rows separately costs the view a pass over every row per run: at 100,000 apps,
    // seconds per keystroke. One layout change costs one. (No "al" in the sample fields, nor an l in the ids.)
    insertAppsNamed({u"Alpha"_s, u"Beta"_s, u"Alpine"_s, u"Gamma"_s, u"Alto"_s});
    ApplicationTableModel model(m_registry->repository(), m_clock);
    reload(model);
    ApplicationFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ApplicationTableModel::NameColumn, Qt::AscendingOrder);
    QItemSelectionModel selection(&proxy);
    selection.select(proxy.index(rowOf(proxy, u"Alto"_s), 0), QItemSelectionModel::ClearAndSelect);
    QSignalSpy layoutChanges(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy removals(&proxy, &QAbstractItemModel::rowsRemoved);

    AppFilter filter;
    filter.searchText = u"al"_s;
    proxy.setFilter(filter);
    QCOMPARE(names(proxy), (QStringList{u"Alpha"_s, u"Alpine"_s, u"Alto"_s}));
    QCOMPARE(layoutChanges.count(), 1);
    QCOMPARE(removals.count(), 0);
    QCOMPARE(selection.selectedIndexes().size(), 1);
    QCOMPARE(selection.selectedIndexes().constFirst().data().toString(), u"Alto"_s);

    filter.searchText = u"alp"_s;
    proxy.setFilter(filter);
    QCOMPARE(names(proxy), (QStringList{u"Alpha"_s, u"Alpine"_s}));
    QCOMPARE(layoutChanges.count(), 2);
    QVERIFY(selection.selectedIndexes().isEmpty());

    // A letter that leaves the same rows costs the view nothing.
    filter.searchText = u"ALP"_s;
    proxy.setFilter(filter);
    QCOMPARE(names(proxy), (QStringList{u"Alpha"_s, u"Alpine"_s}));
    QCOMPARE(layoutChanges.count(), 2);
}

void AppTableModelTest::sortingAgainKeepsTheFilter()
{
    insertAppsNamed({u"beta"_s, u"Alpha"_s, u"alpine"_s, u"Gamma"_s});
    ApplicationTableModel model(m_registry->repository(), m_clock);
    reload(model);
    ApplicationFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    AppFilter filter;
    filter.searchText = u"a"_s;
    filter.status = u"no_key"_s;
    proxy.setFilter(filter);

    proxy.sort(ApplicationTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(names(proxy), (QStringList{u"Alpha"_s, u"alpine"_s, u"beta"_s, u"Gamma"_s})); // regardless of case
    proxy.sort(ApplicationTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(names(proxy), (QStringList{u"Gamma"_s, u"beta"_s, u"alpine"_s, u"Alpha"_s}));
    filter.searchText = u"alp"_s;
    proxy.setFilter(filter);
    QCOMPARE(names(proxy), (QStringList{u"alpine"_s, u"Alpha"_s}));
}

QTEST_MAIN(AppTableModelTest)
#include "tst_app_table_model.moc"
