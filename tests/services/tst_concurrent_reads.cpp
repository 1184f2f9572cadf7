#include "AppOverviewReader.h"
#include "AppRepository.h"
#include "ConcurrentPageReader.h"
#include "Database.h"
#include "ErrorText.h"
#include "FixedClock.h"
#include "SampleApps.h"
#include "TemporaryRegistry.h"
#include "TestEngine.h"

#include <QFile>
#include <QTest>
#include <QThread>
#include <atomic>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

const QDateTime Monday = QDateTime(QDate(2025, 3, 3), QTime(9, 30), Qt::UTC);
constexpr int PageSize = 2;

/// The names of each page's apps, as a reader hands them over.
using Pages = QList<QStringList>;

ConcurrentPageReader::Take collectInto(Pages& pages, bool& onThisThread)
{
    return [&pages, &onThisThread](const QList<AppOverview>& page) {
        QStringList names;
        for (const AppOverview& overview : page)
            names.append(overview.app.details.name);
        pages.append(names);
        onThisThread = onThisThread && QThread::currentThread() == qApp->thread();
        return Status();
    };
}

/// What each Render of a reader was asked.
struct RenderLog
{
    std::atomic<int> made = 0;
    std::atomic<bool> calledOnTwoThreads = false;
};

/// Renders a page as its apps' names joined by commas.
ConcurrentPageReader::MakeRender namesRender(RenderLog& log)
{
    return [&log] {
        ++log.made;
        auto firstThread = std::make_shared<std::optional<std::thread::id>>();
        return [&log, firstThread](const QList<AppOverview>& page) {
            if (!*firstThread)
                *firstThread = std::this_thread::get_id();
            if (**firstThread != std::this_thread::get_id())
                log.calledOnTwoThreads = true;
            QStringList names;
            for (const AppOverview& overview : page)
                names.append(overview.app.details.name);
            return names.join(u',').toUtf8();
        };
    };
}

} // namespace

/// `appkeys list` and `export` read pages of apps on a second connection as well as on the caller's
/// (ConcurrentPageReader): the pages they hand over are those of one connection (AppOverviewReader::forEachPage), in
/// the same order, on the caller's thread, on the engine under test.
class ConcurrentReadsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void handsOverThePagesOfOneConnectionInOrder_data();
    void handsOverThePagesOfOneConnectionInOrder();
    void stopsAtTheFirstErrorOfTake();
    void readsOnOneConnectionWhenNoOtherOpens();

private:
    static std::unique_ptr<TemporaryRegistry> registryWith(int apps);
};

void ConcurrentReadsTest::initTestCase()
{
    if (const QString unavailable = TestEngine::unavailableReason(); !unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    qInfo("Storage engine: %s", qPrintable(TestEngine::name()));
}

std::unique_ptr<TemporaryRegistry> ConcurrentReadsTest::registryWith(int apps)
{
    auto registry = std::make_unique<TemporaryRegistry>(std::make_shared<FixedClock>(Monday));
    for (int app = 1; app <= apps && registry->isOpen(); ++app) {
        if (!registry->repository()->insertApp(SampleApps::record(u"App %1"_s.arg(app), Monday.addSecs(app))).ok())
            return nullptr;
    }
    return registry;
}

void ConcurrentReadsTest::handsOverThePagesOfOneConnectionInOrder_data()
{
    QTest::addColumn<int>("apps");
    QTest::addColumn<QString>("search");
    QTest::addColumn<Pages>("expected");
    QTest::newRow("none") << 0 << QString() << Pages{};
    QTest::newRow("one page, not full") << 1 << QString() << Pages{{u"App 1"_s}};
    QTest::newRow("one full page") << 2 << QString() << Pages{{u"App 2"_s, u"App 1"_s}};
    QTest::newRow("a pair, the second not full") << 3 << QString() << Pages{{u"App 3"_s, u"App 2"_s}, {u"App 1"_s}};
    QTest::newRow("a full pair") << 4 << QString() << Pages{{u"App 4"_s, u"App 3"_s}, {u"App 2"_s, u"App 1"_s}};
    QTest::newRow("pairs, then a page alone")
        << 7 << QString()
        << Pages{{u"App 7"_s, u"App 6"_s}, {u"App 5"_s, u"App 4"_s}, {u"App 3"_s, u"App 2"_s}, {u"App 1"_s}};
    QTest::newRow("a search") << 7 << u"App 1"_s << Pages{{u"App 1"_s}};
    // More pages than the second thread may read ahead: the two threads take the pages in turn as each is free.
    Pages many;
    for (int app = 41; app >= 1; app -= PageSize)
        many.append(app > 1 ? QStringList{u"App %1"_s.arg(app), u"App %1"_s.arg(app - 1)} : QStringList{u"App 1"_s});
    QTest::newRow("21 pages") << 41 << QString() << many;
}

void ConcurrentReadsTest::handsOverThePagesOfOneConnectionInOrder()
{
    QFETCH(int, apps);
    QFETCH(QString, search);
    QFETCH(Pages, expected);
    const std::unique_ptr<TemporaryRegistry> registry = registryWith(apps);
    QVERIFY(registry && registry->isOpen());

    Pages alone;
    bool aloneOnThisThread = true;
    QVERIFY(AppOverviewReader::forEachPage(registry->database(), Monday, PageSize,
                                           collectInto(alone, aloneOnThisThread), search)
                .ok());
    QCOMPARE(alone, expected);
    Pages concurrent;
    bool onThisThread = true;
    const Status read = ConcurrentPageReader::forEachPage(registry->database(), Monday, PageSize,
                                                          collectInto(concurrent, onThisThread), search);
    QVERIFY2(read.ok(), qPrintable(errorText(read)));
    QCOMPARE(concurrent, expected);
    QVERIFY(onThisThread);

    // Rendered on the thread that read each page, by that thread's own Render, and taken in order on this one.
    QList<QByteArray> rendered;
    RenderLog log;
    const Status renderedRead = ConcurrentPageReader::forEachRenderedPage(
        registry->database(), Monday, PageSize, namesRender(log),
        [&](const QByteArray& page) {
            rendered.append(page);
            onThisThread = onThisThread && QThread::currentThread() == qApp->thread();
            return Status();
        },
        search);
    QVERIFY2(renderedRead.ok(), qPrintable(errorText(renderedRead)));
    QList<QByteArray> expectedRendered;
    for (const QStringList& page : expected)
        expectedRendered.append(page.join(u',').toUtf8());
    QCOMPARE(rendered, expectedRendered);
    QVERIFY(onThisThread);
    QCOMPARE(log.made.load(), search.isEmpty() ? 2 : 1);
    QVERIFY(!log.calledOnTwoThreads);
}

void ConcurrentReadsTest::stopsAtTheFirstErrorOfTake()
{
    const std::unique_ptr<TemporaryRegistry> registry = registryWith(7);
    QVERIFY(registry && registry->isOpen());
    int taken = 0;
    const Status stopped =
        ConcurrentPageReader::forEachPage(registry->database(), Monday, PageSize, [&taken](const QList<AppOverview>&) {
            return ++taken == 3 ? Status(Error{u"full"_s, {}}) : Status();
        });
    QCOMPARE(stopped.error().message, u"full"_s);
    QCOMPARE(taken, 3);
}

void ConcurrentReadsTest::readsOnOneConnectionWhenNoOtherOpens()
{
    if (TestEngine::current() != SqlDialect::Engine::Sqlite)
        QSKIP("A registry file moved away while it is open is an SQLite case.");
    const std::unique_ptr<TemporaryRegistry> registry = registryWith(5);
    QVERIFY(registry && registry->isOpen());
    // Moved away while open: this connection keeps its file, a second one finds none.
    const QString movedTo = registry->filePath() + u".moved"_s;
    QVERIFY(QFile::rename(registry->filePath(), movedTo));
    const bool secondOpened = registry->database()->openReader().ok();
    Pages pages;
    bool onThisThread = true;
    const Status read =
        ConcurrentPageReader::forEachPage(registry->database(), Monday, PageSize, collectInto(pages, onThisThread));
    QVERIFY(QFile::rename(movedTo, registry->filePath()));
    QVERIFY(!secondOpened);
    QVERIFY2(read.ok(), qPrintable(errorText(read)));
    QCOMPARE(pages, (Pages{{u"App 5"_s, u"App 4"_s}, {u"App 3"_s, u"App 2"_s}, {u"App 1"_s}}));
}

QTEST_GUILESS_MAIN(ConcurrentReadsTest)
#include "tst_concurrent_reads.moc"
