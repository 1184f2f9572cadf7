#include "AuditLog.h"
#include "AuditPageCache.h"
#include "AuditTableLayout.h"
#include "AuditTableModel.h"
#include "FixedClock.h"
#include "LocalTime.h"
#include "RawSql.h"
#include "SampleApps.h"
#include "TemporaryRegistry.h"
#include "TranslationLoader.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

const QString SupportActor = u"support@desk"_s;
/// More entries than AuditPageCache holds (CachedPages pages of PageSize), so that a full scan drops pages and reads
/// them again.
constexpr qint64 EntryCount = qint64(AuditPageCache::CachedPages + 3) * AuditPageCache::PageSize + 17;

} // namespace

/// The audit trail window's table and the History tab read the trail a page at a time (fetch on demand): every row is
/// the right entry whichever way the user scrolls or jumps, rows do not move while the trail grows, a filter pages
/// through its own rows, and a page that cannot be read is reported. On a real SQLite registry.
class AuditPagesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyRowIsItsEntryWhereverTheViewJumps();
    void sortingByTimeReadsOldestFirst();
    void rowsStayPutWhileTheTrailGrows();
    void aFilterPagesThroughItsOwnRows();
    void showsEachColumn();
    void onlyNumberAndTimeSort();
    void aPageThatCannotBeReadIsReportedOnce();

private:
    qint64 sequenceAt(const AuditTableModel& model, int row) const;
    void appendEntries(qint64 count);

    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<TemporaryRegistry> m_registry;
    std::shared_ptr<AuditLog> m_auditLog;
    AppRecord m_app;
};

void AuditPagesTest::initTestCase()
{
    QVERIFY(TranslationLoader::install(u"en"_s).ok());
}

void AuditPagesTest::init()
{
    m_clock = std::make_shared<FixedClock>();
    m_registry = std::make_unique<TemporaryRegistry>(m_clock);
    QVERIFY2(m_registry->isOpen(), qPrintable(m_registry->errorText()));
    m_auditLog = std::make_shared<AuditLog>(m_registry->database());
    m_app = SampleApps::record(u"Web store"_s, m_clock->nowUtc());
    QVERIFY(m_registry->repository()->insertApp(m_app).ok());
    appendEntries(EntryCount - 1);
}

void AuditPagesTest::cleanup()
{
    m_auditLog.reset();
    m_registry.reset();
}

/// Secret reads, one a minute; every third by the support actor.
void AuditPagesTest::appendEntries(qint64 count)
{
    QSqlDatabase db = m_registry->database()->connection();
    QVERIFY(db.transaction());
    const qint64 first = m_auditLog->extent().value().lastSequence + 1;
    for (qint64 sequence = first; sequence < first + count; ++sequence) {
        const QString actor = sequence % 3 == 0 ? SupportActor : m_registry->database()->actor();
        QVERIFY(AuditLog::appendInTransaction(db, actor, m_clock->nowUtc().addSecs(sequence * 60),
                                              AuditAction::SecretRevealed, m_app.applicationId, {}, {})
                    .ok());
    }
    QVERIFY(db.commit());
}

qint64 AuditPagesTest::sequenceAt(const AuditTableModel& model, int row) const
{
    return model.index(row, AuditTableModel::SequenceColumn).data().toLongLong();
}

void AuditPagesTest::everyRowIsItsEntryWhereverTheViewJumps()
{
    AuditTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.show(m_auditLog, {}).ok());
    QCOMPARE(model.rowCount(), int(EntryCount));
    QCOMPARE(model.entryCount(), EntryCount);

    // Newest first. The end, then the middle, before any page next to them is held.
    QCOMPARE(sequenceAt(model, int(EntryCount) - 1), 1);
    QCOMPARE(sequenceAt(model, int(EntryCount) / 2), EntryCount - EntryCount / 2);
    QCOMPARE(sequenceAt(model, 0), EntryCount);
    // Down every row, then up every row: pages are dropped and read again, from their neighbours.
    for (int row = 0; row < EntryCount; ++row)
        QCOMPARE(sequenceAt(model, row), EntryCount - row);
    for (int row = int(EntryCount) - 1; row >= 0; --row)
        QCOMPARE(sequenceAt(model, row), EntryCount - row);
    QVERIFY(!model.index(int(EntryCount), 0).isValid());

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void AuditPagesTest::sortingByTimeReadsOldestFirst()
{
    AuditTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.show(m_auditLog, {}).ok());
    model.sort(AuditTableModel::TimeColumn, Qt::AscendingOrder);
    QCOMPARE(model.sortColumn(), int(AuditTableModel::TimeColumn));
    QCOMPARE(model.sortOrder(), Qt::AscendingOrder);
    QCOMPARE(sequenceAt(model, 0), 1);
    QCOMPARE(sequenceAt(model, int(EntryCount) - 1), EntryCount);
    for (int row = int(EntryCount) - 1; row >= 0; row -= 7)
        QCOMPARE(sequenceAt(model, row), row + 1);

    // The order holds for the next filter.
    AuditFilter support;
    support.actor = SupportActor;
    QVERIFY(model.show(m_auditLog, support).ok());
    QCOMPARE(sequenceAt(model, 0), 3);
}

void AuditPagesTest::rowsStayPutWhileTheTrailGrows()
{
    AuditTableModel model;
    QVERIFY(model.show(m_auditLog, {}).ok());
    QCOMPARE(sequenceAt(model, 0), EntryCount);

    appendEntries(AuditPageCache::PageSize + 1);
    // Rows not yet read come from the trail as it stood when it was shown.
    for (int row : {int(EntryCount) - 1, AuditPageCache::PageSize * 5, 0})
        QCOMPARE(sequenceAt(model, row), EntryCount - row);
    QCOMPARE(model.rowCount(), int(EntryCount));
    QCOMPARE(model.shownFilter().beforeSequence, EntryCount + 1);

    QVERIFY(model.show(m_auditLog, {}).ok());
    QCOMPARE(model.rowCount(), int(EntryCount) + AuditPageCache::PageSize + 1);
    QCOMPARE(sequenceAt(model, 0), EntryCount + AuditPageCache::PageSize + 1);
}

void AuditPagesTest::aFilterPagesThroughItsOwnRows()
{
    AuditFilter support;
    support.actor = SupportActor;
    QList<qint64> expected;
    for (qint64 sequence = EntryCount; sequence >= 1; --sequence) {
        if (sequence % 3 == 0)
            expected.append(sequence);
    }
    AuditTableModel model;
    QVERIFY(model.show(m_auditLog, support).ok());
    QCOMPARE(model.rowCount(), int(expected.size()));
    QCOMPARE(sequenceAt(model, int(expected.size()) - 1), expected.last());
    for (int row = 0; row < expected.size(); ++row)
        QCOMPARE(sequenceAt(model, row), expected.at(row));
    QCOMPARE(model.index(0, AuditTableModel::ActorColumn).data().toString(), SupportActor);
}

void AuditPagesTest::showsEachColumn()
{
    QSqlDatabase db = m_registry->database()->connection();
    QVERIFY(db.transaction());
    const QDateTime revokedAt = m_clock->nowUtc().addDays(40);
    QVERIFY(AuditLog::appendInTransaction(db, u"admin@desk"_s, revokedAt, AuditAction::KeyRevoked, m_app.applicationId,
                                          u"appkey_…abcd"_s, {})
                .ok());
    QVERIFY(db.commit());

    AuditTableModel model;
    AuditFilter revoked;
    revoked.action = AuditAction::KeyRevoked;
    QVERIFY(model.show(m_auditLog, revoked).ok());
    model.setAppNames({{m_app.applicationId, u"Web store"_s}});

    const QStringList headers{u"#"_s, u"Time"_s, u"Actor"_s, u"Action"_s, u"App"_s, u"Key"_s, u"Details"_s};
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), headers.at(column));
    const auto shown = [&](int column) {
        return model.index(0, column).data().toString();
    };
    QCOMPARE(shown(AuditTableModel::SequenceColumn), QString::number(EntryCount + 1));
    QCOMPARE(shown(AuditTableModel::TimeColumn), LocalTime::seconds(revokedAt));
    QCOMPARE(shown(AuditTableModel::ActorColumn), u"admin@desk"_s);
    QCOMPARE(shown(AuditTableModel::ActionColumn), u"Key revoked"_s);
    QCOMPARE(shown(AuditTableModel::AppColumn), u"Web store"_s);
    QCOMPARE(shown(AuditTableModel::KeyColumn), u"appkey_…abcd"_s);
    QCOMPARE(shown(AuditTableModel::DetailsColumn), QString());
    QCOMPARE(model.index(0, AuditTableModel::ActionColumn).data(Qt::ToolTipRole).toString(), u"key.revoked"_s);
    QCOMPARE(model.index(0, AuditTableModel::SequenceColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);

    model.setAppNames({});
    QCOMPARE(shown(AuditTableModel::AppColumn), m_app.applicationId);
}

void AuditPagesTest::onlyNumberAndTimeSort()
{
    AuditTableModel model;
    QTableView view;
    AuditTableLayout::apply(&view, &model);
    QVERIFY(model.show(m_auditLog, {}).ok());
    QHeaderView* header = view.horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(AuditTableModel::SequenceColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);

    // A click on Actor: the rows keep their order, and the indicator stays on #.
    header->setSortIndicator(AuditTableModel::ActorColumn, Qt::AscendingOrder);
    QCOMPARE(header->sortIndicatorSection(), int(AuditTableModel::SequenceColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(sequenceAt(model, 0), EntryCount);

    header->setSortIndicator(AuditTableModel::TimeColumn, Qt::AscendingOrder);
    QCOMPARE(sequenceAt(model, 0), 1);
    header->setSortIndicator(AuditTableModel::KeyColumn, Qt::DescendingOrder);
    QCOMPARE(header->sortIndicatorSection(), int(AuditTableModel::TimeColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(sequenceAt(model, 0), 1);
}

void AuditPagesTest::aPageThatCannotBeReadIsReportedOnce()
{
    AuditTableModel model;
    QSignalSpy failed(&model, &AuditTableModel::readFailed);
    QVERIFY(model.show(m_auditLog, {}).ok());
    QCOMPARE(sequenceAt(model, 0), EntryCount);

    // The table goes away behind AppKeys' back; the rows held still show, the others are empty and said so once.
    QVERIFY(RawSql::executeOutsideAppKeys(m_registry->filePath(), u"ALTER TABLE audit_log RENAME TO gone"_s));
    QCOMPARE(sequenceAt(model, 1), EntryCount - 1);
    QVERIFY(model.index(int(EntryCount) - 1, AuditTableModel::SequenceColumn).data().isNull());
    QVERIFY(model.index(int(EntryCount) - 2, AuditTableModel::ActorColumn).data().isNull());
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().startsWith(u"Could not read the audit trail."_s));
}

QTEST_MAIN(AuditPagesTest)
#include "tst_audit_pages.moc"
