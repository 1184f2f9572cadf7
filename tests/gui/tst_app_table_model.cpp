#include "ApplicationTableModel.h"
#include "SampleApps.h"
#include "TemporaryRegistry.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

const QDateTime FirstCreatedAt(QDate(2025, 3, 1), QTime(9, 30), Qt::UTC);

AppRecord sampleApp(const QString& name, SourceApp source, int minutesAfterFirst)
{
    AppRecord app = SampleApps::record(name, FirstCreatedAt.addSecs(60 * minutesAfterFirst));
    app.details.sourceApp = source;
    return app;
}

int rowOf(const QAbstractItemModel& model, const QString& name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, ApplicationTableModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

QString errorText(const Status& status)
{
    return status.ok() ? QString() : status.error().text();
}

} // namespace

class AppTableModelTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyRegistryPassesTheModelTester();
    void severalAppsPassTheModelTester();
    void columnsShowTheAppsFields();
    void sourceAppColumnHasTheSourcesIcon();
    void reloadShowsAnAppInsertedSince();
    void createdAtSortsByTimeNotByText();

private:
    void insert(const AppRecord& app);

    std::unique_ptr<TemporaryRegistry> m_registry;
};

void AppTableModelTest::init()
{
    m_registry = std::make_unique<TemporaryRegistry>();
    QVERIFY2(m_registry->isOpen(), qPrintable(m_registry->errorText()));
}

void AppTableModelTest::cleanup()
{
    m_registry.reset();
}

void AppTableModelTest::insert(const AppRecord& app)
{
    const Status inserted = m_registry->repository()->insertApp(app);
    QVERIFY2(inserted.ok(), qPrintable(errorText(inserted)));
}

void AppTableModelTest::emptyRegistryPassesTheModelTester()
{
    ApplicationTableModel model(m_registry->repository());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Status reloaded = model.reload();
    QVERIFY2(reloaded.ok(), qPrintable(errorText(reloaded)));

    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 7);
    const QStringList expectedHeaders{u"Name"_s,        u"Source App"_s, u"Login User Type"_s, u"Auth Method"_s,
                                      u"Permissions"_s, u"Created By"_s, u"Created At"_s};
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expectedHeaders.at(column));
}

void AppTableModelTest::severalAppsPassTheModelTester()
{
    ApplicationTableModel model(m_registry->repository());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    insert(sampleApp(u"Mobile booking"_s, SourceApp::ExternalCma, 0));
    insert(sampleApp(u"Web store"_s, SourceApp::ExternalWebstore, 1));
    insert(sampleApp(u"Front desk bot"_s, SourceApp::Bot, 2));

    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 3);
    // The tester checks each change as it happens: a second reload exercises a reset with rows on both sides.
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 3);
}

void AppTableModelTest::columnsShowTheAppsFields()
{
    AppRecord app = sampleApp(u"Front desk bot"_s, SourceApp::Bot, 0);
    app.details.loginUserType = LoginUserType::Employee;
    app.scope = {AuthMethod::JwtGroups, {u"appointments.read"_s, u"centers.read"_s, u"guests.read"_s}};
    insert(app);
    ApplicationTableModel model(m_registry->repository());
    QVERIFY(model.reload().ok());

    const int row = rowOf(model, u"Front desk bot"_s);
    QVERIFY(row >= 0);
    const auto shown = [&](int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(shown(ApplicationTableModel::SourceAppColumn), u"Bot"_s);
    QCOMPARE(shown(ApplicationTableModel::LoginUserTypeColumn), u"Employee"_s);
    QCOMPARE(shown(ApplicationTableModel::AuthMethodColumn), u"Access tokens (JWT GROUPS)"_s);
    QCOMPARE(model.index(row, ApplicationTableModel::PermissionsColumn).data().toInt(), 3);
    QCOMPARE(shown(ApplicationTableModel::CreatedByColumn), u"tester@example"_s);
    QCOMPARE(shown(ApplicationTableModel::CreatedAtColumn),
             QLocale().toString(FirstCreatedAt.toLocalTime(), QLocale::ShortFormat));
    QVERIFY(model.index(row, ApplicationTableModel::NameColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(app.applicationId));
}

void AppTableModelTest::sourceAppColumnHasTheSourcesIcon()
{
    insert(sampleApp(u"Front desk bot"_s, SourceApp::Bot, 0));
    ApplicationTableModel model(m_registry->repository());
    QVERIFY(model.reload().ok());

    const QVariant decoration = model.index(0, ApplicationTableModel::SourceAppColumn).data(Qt::DecorationRole);
    const auto icon = decoration.value<QIcon>();
    QVERIFY(!icon.isNull());
    // The SVG from the resources really renders: a pixmap with something drawn in its middle.
    const QImage image = icon.pixmap(QSize(24, 24)).toImage();
    QVERIFY(!image.isNull());
    QVERIFY(qAlpha(image.pixel(12, 12)) > 0);
    QVERIFY(!model.index(0, ApplicationTableModel::NameColumn).data(Qt::DecorationRole).isValid());
}

void AppTableModelTest::reloadShowsAnAppInsertedSince()
{
    insert(sampleApp(u"Mobile booking"_s, SourceApp::ExternalCma, 0));
    ApplicationTableModel model(m_registry->repository());
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 1);

    insert(sampleApp(u"Web store"_s, SourceApp::ExternalWebstore, 1));
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.reload().ok());

    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(rowOf(model, u"Web store"_s) >= 0);
}

void AppTableModelTest::createdAtSortsByTimeNotByText()
{
    // As text, "3/1/25 10:01" would sort before "3/1/25 9:30"; as times it comes after.
    insert(sampleApp(u"Later"_s, SourceApp::ClientApp, 60 * 24 * 40));
    insert(sampleApp(u"Earlier"_s, SourceApp::ClientApp, 0));
    insert(sampleApp(u"Middle"_s, SourceApp::ClientApp, 31));
    ApplicationTableModel model(m_registry->repository());
    QVERIFY(model.reload().ok());
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(ApplicationTableModel::SortRole);

    sorted.sort(ApplicationTableModel::CreatedAtColumn, Qt::AscendingOrder);

    QStringList names;
    for (int row = 0; row < sorted.rowCount(); ++row)
        names.append(sorted.index(row, ApplicationTableModel::NameColumn).data().toString());
    QCOMPARE(names, (QStringList{u"Earlier"_s, u"Middle"_s, u"Later"_s}));
}

QTEST_MAIN(AppTableModelTest)
#include "tst_app_table_model.moc"
