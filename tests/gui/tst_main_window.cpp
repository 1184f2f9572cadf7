// The main window on a real SQLite registry, for what does not touch the keychain: the table and its filters,
// the details panel, the read-only window and the export of apps. The keychain is an in-memory double here.
#include "AccessibilityProbe.h"
#include "AppJson.h"
#include "AppRepository.h"
#include "AppService.h"
#include "ApplicationTableModel.h"
#include "AuditTrailWindow.h"
#include "Confirmation.h"
#include "DeleteAppDialog.h"
#include "EditDetailsDialog.h"
#include "EditScopeDialog.h"
#include "ErrorText.h"
#include "FixedClock.h"
#include "GenerateKeyDialog.h"
#include "InMemorySecretStore.h"
#include "KeyRepository.h"
#include "KeyRules.h"
#include "KeyTableModel.h"
#include "MainWindow.h"
#include "PermissionCatalogue.h"
#include "PermissionTree.h"
#include "RotateKeyDialog.h"
#include "SampleApps.h"
#include "TemporarySession.h"
#include "TranslationLoader.h"
#include "WindowDriver.h"
#include "WizardDriver.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

const QDateTime Now = FixedClock::defaultNow();

/// The inputs of a window or dialog that have neither an accessible name nor a text of their own.
QStringList sorted(QStringList items)
{
    items.sort();
    return items;
}

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tableShowsEveryAppWithItsStatusAndTheCount();
    void eachFilterOfTheBarNarrowsTheRows();
    void searchAndExpiresWithinNarrowTheRowsAndClearResets();
    void ctrlFPutsTheCursorInTheSearchBox();
    void detailsPanelShowsTheSelectedApp();
    void selectionStaysWhenTheRegistryIsReadAgain();
    void anAppDeletedElsewhereIsNotShownWhenSelected();
    void aLargeRegistryShowsItsNewestAppsAtOnceAndKeepsTheSelection();
    void aChangeToALargeRegistryShowsTheChangedAppAtOnceAndTheRestAfter();
    void contextMenuOffersWhatAppliesToTheApp();
    void exportWritesTheAppsShownAsCsvAndJson();
    void readOnlyWindowOffersNothingThatChangesOrReveals();
    void everyInputHasAnAccessibleName();
    void aNameWithMarkupIsShownAsTyped();

private:
    AppRecord insertApp(const QString& name, SourceApp source, LoginUserType userType, AppScope scope,
                        const QString& description = {});
    void insertKey(const AppRecord& app, int createdDaysAgo);
    /// "App 0001" (the oldest) to "App N", a second apart, the newest now.
    void insertNumberedApps(int apps);
    /// Booking (active key), Store (key expiring in 15 days), Front desk bot (no key), Payroll (deactivated).
    void seedApps();
    template <typename T> T* child(const QObject& parent, const QString& name) const;
    QString countText(const MainWindow& window) const;

    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<TemporarySession> m_registry;
    QMap<QString, AppRecord> m_apps;
};

void MainWindowTest::initTestCase()
{
    // The texts as the program shows them in English, with its plural forms ("1 day", "15 days").
    QVERIFY(TranslationLoader::install(u"en"_s).ok());
}

void MainWindowTest::init()
{
    m_clock = std::make_shared<FixedClock>();
    m_registry = std::make_unique<TemporarySession>(std::make_shared<InMemorySecretStore>(), m_clock);
    QVERIFY2(m_registry->isOpen(), qPrintable(m_registry->errorText()));
}

void MainWindowTest::cleanup()
{
    m_apps.clear();
    m_registry.reset();
}

template <typename T> T* MainWindowTest::child(const QObject& parent, const QString& name) const
{
    auto* found = parent.findChild<T*>(name);
    if (!found)
        QTest::qFail(qPrintable(u"no child named %1"_s.arg(name)), __FILE__, __LINE__);
    return found;
}

AppRecord MainWindowTest::insertApp(const QString& name, SourceApp source, LoginUserType userType, AppScope scope,
                                    const QString& description)
{
    AppRecord app = SampleApps::record(name, Now.addDays(-20 + int(m_apps.size())));
    app.details.sourceApp = source;
    app.details.loginUserType = userType;
    app.scope = std::move(scope);
    if (!description.isEmpty())
        app.details.description = description;
    const Status inserted = m_registry->session().repository->insertApp(app);
    if (!inserted)
        QTest::qFail(qPrintable(errorText(inserted)), __FILE__, __LINE__);
    m_apps.insert(name, app);
    return app;
}

void MainWindowTest::insertKey(const AppRecord& app, int createdDaysAgo)
{
    const Status inserted =
        m_registry->session().keys->insertKey(SampleApps::key(app.applicationId, Now.addDays(-createdDaysAgo)));
    QVERIFY2(inserted.ok(), qPrintable(errorText(inserted)));
}

void MainWindowTest::seedApps()
{
    insertKey(insertApp(u"Booking"_s, SourceApp::ExternalCma, LoginUserType::Guest,
                        {AuthMethod::ApiKeyGroups, {u"appointments.read"_s, u"appointments.write"_s}}),
              10);
    insertKey(insertApp(u"Store"_s, SourceApp::ExternalWebstore, LoginUserType::Guest,
                        {AuthMethod::ApiKeyGroups, {u"gift_cards.read"_s, u"products.read"_s}}),
              350);
    insertApp(u"Front desk bot"_s, SourceApp::Bot, LoginUserType::Employee, {AuthMethod::JwtGroups, {u"guests.read"_s}},
              u"Answers chat questions at night."_s);
    const AppRecord payroll = insertApp(u"Payroll"_s, SourceApp::ClientApp, LoginUserType::Employee,
                                        {AuthMethod::JwtGroups, {u"employees.read"_s, u"reports.read"_s}});
    insertKey(payroll, 10);
    QVERIFY(m_registry->session().repository->setActive(payroll.applicationId, false).ok());
}

QString MainWindowTest::countText(const MainWindow& window) const
{
    return window.findChild<QLabel*>(u"countLabel"_s)->text();
}

void MainWindowTest::tableShowsEveryAppWithItsStatusAndTheCount()
{
    seedApps();
    const auto window = WindowDriver::showWindow(m_registry->session());
    QVERIFY(window);

    QCOMPARE(child<QStackedWidget>(*window, u"contentStack"_s)->currentWidget()->objectName(), u"tablePage"_s);
    QCOMPARE(countText(*window), u"4 of 4 apps"_s);
    QCOMPARE(sorted(WindowDriver::columnTexts(*window, ApplicationTableModel::NameColumn)),
             (QStringList{u"Booking"_s, u"Front desk bot"_s, u"Payroll"_s, u"Store"_s}));
    QCOMPARE(WindowDriver::cellText(*window, u"Booking"_s, ApplicationTableModel::StatusColumn), u"Active"_s);
    QCOMPARE(WindowDriver::cellText(*window, u"Store"_s, ApplicationTableModel::StatusColumn), u"Expires in 15 days"_s);
    QCOMPARE(WindowDriver::cellText(*window, u"Front desk bot"_s, ApplicationTableModel::StatusColumn), u"No key"_s);
    QCOMPARE(WindowDriver::cellText(*window, u"Payroll"_s, ApplicationTableModel::StatusColumn), u"Inactive"_s);
    QCOMPARE(WindowDriver::cellText(*window, u"Front desk bot"_s, ApplicationTableModel::SourceAppColumn), u"Bot"_s);
    QCOMPARE(child<QTableView>(*window, u"appTable"_s)->model()->columnCount(), 10);
}

void MainWindowTest::eachFilterOfTheBarNarrowsTheRows()
{
    seedApps();
    const auto window = WindowDriver::showWindow(m_registry->session());
    QVERIFY(window);
    const auto shown = [&] {
        return sorted(WindowDriver::columnTexts(*window, ApplicationTableModel::NameColumn));
    };
    const auto reset = [&] {
        WizardDriver::click(child<QPushButton>(*window, u"clearFiltersButton"_s));
    };

    WindowDriver::choose(*window, u"sourceAppCombo"_s, u"bot"_s);
    QCOMPARE(shown(), QStringList{u"Front desk bot"_s});
    QCOMPARE(countText(*window), u"1 of 4 apps"_s);
    reset();
    WindowDriver::choose(*window, u"loginUserTypeCombo"_s, u"employee"_s);
    QCOMPARE(shown(), (QStringList{u"Front desk bot"_s, u"Payroll"_s}));
    reset();
    WindowDriver::choose(*window, u"authMethodCombo"_s, u"apikey_groups"_s);
    QCOMPARE(shown(), (QStringList{u"Booking"_s, u"Store"_s}));
    reset();
    WindowDriver::choose(*window, u"apiGroupCombo"_s, u"gift_cards"_s);
    QCOMPARE(shown(), QStringList{u"Store"_s});
    reset();
    WindowDriver::choose(*window, u"statusCombo"_s, u"inactive"_s);
    QCOMPARE(shown(), QStringList{u"Payroll"_s});
    WindowDriver::choose(*window, u"statusCombo"_s, u"expiring"_s);
    QCOMPARE(shown(), QStringList{u"Store"_s});
    // Filters combine.
    reset();
    WindowDriver::choose(*window, u"loginUserTypeCombo"_s, u"guest"_s);
    WindowDriver::choose(*window, u"sourceAppCombo"_s, u"external_cma"_s);
    QCOMPARE(shown(), QStringList{u"Booking"_s});
    reset();
    QCOMPARE(shown().size(), 4);
    QCOMPARE(countText(*window), u"4 of 4 apps"_s);
    QVERIFY(!child<QPushButton>(*window, u"clearFiltersButton"_s)->isEnabled());
}

void MainWindowTest::searchAndExpiresWithinNarrowTheRowsAndClearResets()
{
    seedApps();
    const auto window = WindowDriver::showWindow(m_registry->session());
    QVERIFY(window);
    const auto shown = [&] {
        return sorted(WindowDriver::columnTexts(*window, ApplicationTableModel::NameColumn));
    };

    auto* search = child<QLineEdit>(*window, u"searchEdit"_s);
    QVERIFY(search->isClearButtonEnabled());
    search->setFocus();
    QTest::keyClicks(search, u"AT NIGHT"_s);
    QCOMPARE(shown(), QStringList{u"Front desk bot"_s});
    WizardDriver::typeInto(search, m_apps.value(u"Store"_s).applicationId.left(8));
    QCOMPARE(shown(), QStringList{u"Store"_s});
    WizardDriver::typeInto(search, QString());
    QCOMPARE(shown().size(), 4);

    auto* expires = child<QCheckBox>(*window, u"expiresWithinCheck"_s);
    auto* days = child<QSpinBox>(*window, u"expiresWithinSpin"_s);
    QVERIFY(!days->isEnabled());
    QTest::mouseClick(expires, Qt::LeftButton, {}, QPoint(8, expires->height() / 2));
    QVERIFY(expires->isChecked());
    QVERIFY(days->isEnabled());
    QCOMPARE(days->value(), 30);
    QCOMPARE(shown(), QStringList{u"Store"_s});
    days->setFocus();
    days->selectAll();
    QTest::keyClicks(days, u"400"_s);
    QCOMPARE(days->value(), 400);
    // The deactivated app's key is not usable, so it does not count as expiring.
    QCOMPARE(shown(), (QStringList{u"Booking"_s, u"Store"_s}));
    QCOMPARE(countText(*window), u"2 of 4 apps"_s);

    WizardDriver::click(child<QPushButton>(*window, u"clearFiltersButton"_s));
    QVERIFY(!expires->isChecked());
    QCOMPARE(shown().size(), 4);
}

void MainWindowTest::ctrlFPutsTheCursorInTheSearchBox()
{
    seedApps();
    const auto window = WindowDriver::showWindow(m_registry->session());
    QVERIFY(window);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    child<QTableView>(*window, u"appTable"_s)->setFocus();

    QTest::keySequence(window.get(), QKeySequence::Find);

    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(*window, u"searchEdit"_s));
}

void MainWindowTest::detailsPanelShowsTheSelectedApp()
{
    seedApps();
    const AppRecord bot = m_apps.value(u"Front desk bot"_s);
    const auto window = WindowDriver::showWindow(m_registry->session());
    QVERIFY(window);
    auto* panelStack = child<QStackedWidget>(*window, u"panelStack"_s);
    QCOMPARE(panelStack->currentWidget()->objectName(), u"emptyPage"_s);
    QVERIFY(child<QLabel>(*window, u"emptyLabel"_s)->text().contains(u"Select an app"_s));
    QVERIFY(!WindowDriver::action(*window, u"editDetailsAction"_s)->isEnabled());

    QVERIFY(WindowDriver::selectApp(*window, bot.details.name));

    QCOMPARE(panelStack->currentWidget()->objectName(), u"appPage"_s);
    const auto text = [&](const QString& name) {
        return child<QLabel>(*window, name)->text();
    };
    QCOMPARE(text(u"nameLabel"_s), bot.details.name);
    QCOMPARE(text(u"appStatusLabel"_s), u"No key"_s);
    QCOMPARE(child<QLineEdit>(*window, u"applicationIdEdit"_s)->text(), bot.applicationId);
    QCOMPARE(text(u"uriValue"_s), bot.details.uri);
    QCOMPARE(text(u"descriptionValue"_s), u"Answers chat questions at night."_s);
    QCOMPARE(text(u"loginUserTypeValue"_s), u"Employee"_s);
    QCOMPARE(text(u"sourceAppValue"_s), u"Bot"_s);
    QCOMPARE(text(u"activityValue"_s), u"Active"_s);
    QCOMPARE(text(u"secretHintValue"_s), bot.secretHint);
    QCOMPARE(text(u"postLogoutValue"_s), bot.details.postLogoutRedirectUrls.join(u'\n'));
    QCOMPARE(text(u"postLoginValue"_s), bot.details.postLoginRedirectUrls.join(u'\n'));
    QCOMPARE(text(u"authMethodValue"_s), u"Authentication method: Access tokens (JWT GROUPS)"_s);

    // The scope: a read-only tree that shows what was granted, and only that.
    auto* tree = child<PermissionTree>(*window, u"scopeTree"_s);
    QCOMPARE(tree->selectedPermissionIds(), QStringList{u"guests.read"_s});
    QVERIFY(!tree->permissionItem(u"guests.read"_s)->isHidden());
    QVERIFY(tree->permissionItem(u"guests.write"_s)->isHidden());
    QVERIFY(tree->groupItem(u"appointments"_s)->isHidden());
    QVERIFY(!(tree->permissionItem(u"guests.read"_s)->flags() & Qt::ItemIsUserCheckable));

    // Keys and history of another app.
    QVERIFY(WindowDriver::selectApp(*window, u"Payroll"_s));
    const QAbstractItemModel* keys = child<QTableView>(*window, u"keysTable"_s)->model();
    QCOMPARE(keys->rowCount(), 1);
    QCOMPARE(keys->index(0, KeyTableModel::StatusColumn).data().toString(), u"Inactive"_s);
    QCOMPARE(text(u"activityValue"_s), u"Deactivated: its keys cannot be used until it is reactivated."_s);
    const QAbstractItemModel* history = child<QTableView>(*window, u"historyTable"_s)->model();
    QStringList actions;
    for (int row = 0; row < history->rowCount(); ++row)
        actions.append(history->index(row, 3).data().toString());
    // Newest first.
    QCOMPARE(actions, (QStringList{u"App deactivated"_s, u"Key generated"_s, u"App created"_s}));

    child<QTableView>(*window, u"appTable"_s)->clearSelection();
    QCOMPARE(panelStack->currentWidget()->objectName(), u"emptyPage"_s);
}

void MainWindowTest::selectionStaysWhenTheRegistryIsReadAgain()
{
    seedApps();
    const auto window = WindowDriver::showWindow(m_registry->session());
    QVERIFY(window);
    QVERIFY(WindowDriver::selectApp(*window, u"Store"_s));
    child<QTableView>(*window, u"keysTable"_s)->selectRow(0);

    // Someone else adds an app; Refresh shows it and keeps what was selected.
    const auto other = m_registry->session().repository;
    QVERIFY(other->insertApp(SampleApps::record(u"Newcomer"_s, Now)).ok());
    WindowDriver::trigger(*window, u"refreshAction"_s);

    QVERIFY(WindowDriver::columnTexts(*window, ApplicationTableModel::NameColumn).contains(u"Newcomer"_s));
    QCOMPARE(countText(*window), u"5 of 5 apps"_s);
    QCOMPARE(child<QLabel>(*window, u"nameLabel"_s)->text(), u"Store"_s);
    QCOMPARE(window->selectedApp()->app.details.name, u"Store"_s);
    QVERIFY(child<QTableView>(*window, u"keysTable"_s)->selectionModel()->isRowSelected(0, {}));
}

void MainWindowTest::anAppDeletedElsewhereIsNotShownWhenSelected()
{
    seedApps();
    // An app named with the id of the one deleted: the selected app is looked up by its id alone.
    const QString storeId = m_apps.value(u"Store"_s).applicationId;
    QVERIFY(m_registry->session().repository->insertApp(SampleApps::record(storeId, Now)).ok());
    const auto window = WindowDriver::showWindow(m_registry->session());
    QVERIFY(window);
    // Deleted by another writer after the table was read: the selected app is read whole from the registry, which
    // no longer has it, so nothing acts on the row left in the table.
    QVERIFY(m_registry->session().repository->markDeleted(storeId).ok());

    child<QTableView>(*window, u"appTable"_s)
        ->selectRow(int(WindowDriver::columnTexts(*window, ApplicationTableModel::NameColumn).indexOf(u"Store"_s)));

    QCOMPARE(window->selectedApp(), nullptr);
    QCOMPARE(child<QStackedWidget>(*window, u"panelStack"_s)->currentWidget()->objectName(), u"emptyPage"_s);
    QVERIFY(!WindowDriver::action(*window, u"editDetailsAction"_s)->isEnabled());
    QCOMPARE(window->statusBar()->currentMessage(),
             u"“Store” is no longer in the registry: another user or program deleted it."_s);
}

void MainWindowTest::insertNumberedApps(int apps)
{
    for (int app = 1; app <= apps; ++app) {
        const AppRecord record = SampleApps::record(u"App %1"_s.arg(app, 4, 10, QChar(u'0')), Now.addSecs(-apps + app));
        QVERIFY(m_registry->session().repository->insertApp(record).ok());
    }
}

void MainWindowTest::aLargeRegistryShowsItsNewestAppsAtOnceAndKeepsTheSelection()
{
    constexpr int Apps = 1005; // the first page and more than two after it
    insertNumberedApps(Apps);
    MainWindow window(m_registry->session());
    auto* table = child<QTableView>(window, u"appTable"_s);
    // Before the event loop runs: the newest few screens only.
    static_assert(ApplicationTableModel::FirstPageSize == 200);
    QCOMPARE(table->model()->rowCount(), ApplicationTableModel::FirstPageSize);
    const QStringList names = WindowDriver::columnTexts(window, ApplicationTableModel::NameColumn);
    QCOMPARE(names.constFirst(), u"App 1005"_s);
    QCOMPARE(names.constLast(), u"App 0806"_s);
    QCOMPARE(countText(window), u"200 of the first 200 apps"_s);
    table->selectRow(int(names.indexOf(u"App 0900"_s)));
    QCOMPARE(child<QLabel>(window, u"nameLabel"_s)->text(), u"App 0900"_s);

    // The rest arrives in one reset, and the selection stays.
    QTRY_COMPARE(table->model()->rowCount(), Apps);
    QVERIFY(window.selectedApp());
    QCOMPARE(window.selectedApp()->app.details.name, u"App 0900"_s);
    QCOMPARE(child<QLabel>(window, u"nameLabel"_s)->text(), u"App 0900"_s);
    QCOMPARE(countText(window), u"1005 of 1005 apps"_s);
    QCOMPARE(WindowDriver::columnTexts(window, ApplicationTableModel::NameColumn).constLast(), u"App 0001"_s);
}

void MainWindowTest::aChangeToALargeRegistryShowsTheChangedAppAtOnceAndTheRestAfter()
{
    constexpr int Apps = 1005; // the first page and more than two after it
    insertNumberedApps(Apps);
    MainWindow window(m_registry->session());
    auto* table = child<QTableView>(window, u"appTable"_s);
    QTRY_COMPARE(countText(window), u"1005 of 1005 apps"_s);
    table->selectRow(int(WindowDriver::columnTexts(window, ApplicationTableModel::NameColumn).indexOf(u"App 0900"_s)));
    QVERIFY(window.selectedApp());

    // A change, as an edit makes it, and another app added meanwhile; then what follows every change.
    AppRecord edited = window.selectedApp()->app;
    edited.details.name = u"Renamed app"_s;
    const auto repository = m_registry->session().repository;
    QVERIFY(repository->updateDetails(edited.applicationId, edited.rowVersion, edited.details).ok());
    QVERIFY(repository->insertApp(SampleApps::record(u"Newcomer"_s, Now.addSecs(1))).ok());
    window.statusBar()->showMessage(u"Saved “Renamed app”."_s);
    WindowDriver::trigger(window, u"refreshAction"_s);

    // At once: the changed app in its row and the details panel; the change's message is not replaced by progress.
    auto* model = window.findChild<ApplicationTableModel*>();
    QVERIFY(model->isRefreshing());
    QCOMPARE(table->model()->rowCount(), Apps);
    const QStringList names = WindowDriver::columnTexts(window, ApplicationTableModel::NameColumn);
    QVERIFY(names.contains(u"Renamed app"_s));
    QVERIFY(!names.contains(u"App 0900"_s));
    QCOMPARE(child<QLabel>(window, u"nameLabel"_s)->text(), u"Renamed app"_s);
    QCOMPARE(window.statusBar()->currentMessage(), u"Saved “Renamed app”."_s);

    // The rest in one reset: the new app shows, and the selection stays.
    QTRY_COMPARE(countText(window), u"1006 of 1006 apps"_s);
    QVERIFY(!model->isRefreshing());
    QCOMPARE(WindowDriver::columnTexts(window, ApplicationTableModel::NameColumn).constFirst(), u"Newcomer"_s);
    QVERIFY(window.selectedApp());
    QCOMPARE(window.selectedApp()->app.details.name, u"Renamed app"_s);
    QCOMPARE(window.statusBar()->currentMessage(), u"Saved “Renamed app”."_s);
}

void MainWindowTest::contextMenuOffersWhatAppliesToTheApp()
{
    seedApps();
    const auto window = WindowDriver::showWindow(m_registry->session());
    QVERIFY(window);
    auto* table = child<QTableView>(*window, u"appTable"_s);
    const QModelIndex payroll = table->model()->index(
        int(WindowDriver::columnTexts(*window, ApplicationTableModel::NameColumn).indexOf(u"Payroll"_s)), 0);

    emit table->customContextMenuRequested(table->visualRect(payroll).center());

    QMenu* menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())));
    QStringList enabled;
    QStringList disabled;
    for (const QAction* action : menu->actions()) {
        if (!action->isSeparator() && action->isVisible())
            (action->isEnabled() ? enabled : disabled).append(action->text());
    }
    menu->close();
    QCOMPARE(window->selectedApp()->app.details.name, u"Payroll"_s);
    // A deactivated app: reactivate, not deactivate; no new key until it is active again.
    QVERIFY(enabled.contains(u"Reac&tivate"_s));
    QVERIFY(disabled.contains(u"&Deactivate…"_s));
    QVERIFY(disabled.contains(u"&Generate key…"_s));
    QVERIFY(disabled.contains(u"&Rotate key…"_s));
    QVERIFY(enabled.contains(u"Re&voke key…"_s));
    QVERIFY(enabled.contains(u"&Edit details…"_s));
    QVERIFY(enabled.contains(u"De&lete…"_s));
    QVERIFY(enabled.contains(u"Audit trail of “Payroll”…"_s));
}

void MainWindowTest::exportWritesTheAppsShownAsCsvAndJson()
{
    seedApps();
    const auto window = WindowDriver::showWindow(m_registry->session());
    QVERIFY(window);
    WindowDriver::choose(*window, u"loginUserTypeCombo"_s, u"guest"_s);
    QCOMPARE(countText(*window), u"2 of 4 apps"_s);
    // Sorted by name, not in the registry's order: the export follows the table.
    child<QTableView>(*window, u"appTable"_s)->sortByColumn(ApplicationTableModel::NameColumn, Qt::DescendingOrder);

    const QString csvPath = m_registry->filePath(u"apps.csv"_s);
    WindowDriver::trigger(*window, u"exportAction"_s);
    QVERIFY(WindowDriver::saveAs(csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.first(), AppJson::appFieldNames().join(u','));
    QCOMPARE(lines.first().section(u',', 0, 1), u"application_id,name"_s);
    QStringList exportedNames{lines.at(1).section(u',', 1, 1), lines.at(2).section(u',', 1, 1)};
    QCOMPARE(exportedNames, (QStringList{u"Store"_s, u"Booking"_s}));
    QVERIFY(window->statusBar()->currentMessage().startsWith(u"2 apps exported to"_s));

    const QString jsonPath = m_registry->filePath(u"apps.json"_s);
    WindowDriver::trigger(*window, u"exportAction"_s);
    QVERIFY(WindowDriver::saveAs(jsonPath));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray records = QJsonDocument::fromJson(json.readAll()).array();
    QCOMPARE(records.size(), 2);
    for (const QJsonValue& record : records) {
        const QJsonObject object = record.toObject();
        const AppRecord& app = m_apps[object.value(u"name"_s).toString()];
        QCOMPARE(object.value(u"application_id"_s).toString(), app.applicationId);
        QCOMPARE(object.value(u"login_user_type"_s).toString(), u"guest"_s);
        // Whole: the table keeps less of each app than the export writes.
        QCOMPARE(object.value(u"uri"_s).toString(), app.details.uri);
        QCOMPARE(object.value(u"description"_s).toString(), app.details.description);
        QCOMPARE(object.value(u"post_login_redirect_urls"_s).toVariant().toStringList(),
                 app.details.postLoginRedirectUrls);
        QCOMPARE(sorted(object.keys()), sorted(AppJson::appFieldNames()));
        QVERIFY(!object.contains(u"secret_sha256"_s));
    }
}

void MainWindowTest::readOnlyWindowOffersNothingThatChangesOrReveals()
{
    seedApps();
    auto readOnly = WindowDriver::openSession(m_registry->registryPath(), Database::AccessMode::ReadOnly,
                                              std::make_shared<InMemorySecretStore>(), m_clock);
    QVERIFY2(readOnly.ok(), qPrintable(errorText(readOnly)));
    const auto window = WindowDriver::showWindow(readOnly.value());
    QVERIFY(window);

    QCOMPARE(window->windowTitle(), u"Manage Applications — AppKeys (read-only)"_s);
    auto* note = child<QLabel>(*window, u"readOnlyLabel"_s);
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), u"Read-only: nothing can be changed or revealed."_s);
    QVERIFY(WindowDriver::selectApp(*window, u"Booking"_s));

    const QStringList changing{
        u"addAction"_s,          u"editDetailsAction"_s, u"editScopeAction"_s,  u"regenerateSecretAction"_s,
        u"revealSecretAction"_s, u"deactivateAction"_s,  u"reactivateAction"_s, u"deleteAction"_s,
        u"generateKeyAction"_s,  u"rotateKeyAction"_s,   u"revokeKeyAction"_s,  u"revealKeyAction"_s};
    for (const QString& name : changing) {
        const QAction* action = WindowDriver::action(*window, name);
        QVERIFY2(action && !action->isVisible() && !action->isEnabled(), qPrintable(name));
    }
    QList<QAction*> toolBarActions = child<QToolBar>(*window, u"mainToolBar"_s)->actions();
    QCOMPARE(toolBarActions.size(), 2);
    QCOMPARE(toolBarActions.at(0)->objectName(), u"exportAction"_s);
    QCOMPARE(toolBarActions.at(1)->objectName(), u"auditTrailAction"_s);
    QVERIFY(child<QWidget>(*window, u"keysTab"_s)->findChildren<QToolButton*>().isEmpty());
    QVERIFY(child<QWidget>(*window, u"detailsTab"_s)->findChildren<QToolButton*>().isEmpty());

    // Shortcuts of hidden actions do nothing: Delete opens no dialog.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(child<QTableView>(*window, u"appTable"_s), Qt::Key_Delete);
    QVERIFY(!QApplication::activeModalWidget());

    // What support staff need still works: export and the audit trail.
    WindowDriver::trigger(*window, u"exportAction"_s);
    QVERIFY(WindowDriver::saveAs(m_registry->filePath(u"support.csv"_s)));
    QVERIFY(QFile::exists(m_registry->filePath(u"support.csv"_s)));
    WindowDriver::trigger(*window, u"auditTrailAction"_s);
    QTRY_VERIFY(window->findChild<QWidget*>(u"AuditTrailWindow"_s) &&
                window->findChild<QWidget*>(u"AuditTrailWindow"_s)->isVisible());

    // The registry did not change: the read-only connection refuses writes anyway.
    QCOMPARE(m_registry->session().repository->listApps().value().size(), 4);
}

void MainWindowTest::everyInputHasAnAccessibleName()
{
    seedApps();
    const auto window = WindowDriver::showWindow(m_registry->session());
    QVERIFY(window);
    QVERIFY(WindowDriver::selectApp(*window, u"Booking"_s));
    QVERIFY2(AccessibilityProbe::unnamedControls(*window).isEmpty(),
             qPrintable(AccessibilityProbe::unnamedControls(*window).join(u", "_s)));

    window->openAuditTrail();
    auto* audit = window->findChild<AuditTrailWindow*>();
    QVERIFY(audit);
    QVERIFY2(AccessibilityProbe::unnamedControls(*audit).isEmpty(),
             qPrintable(AccessibilityProbe::unnamedControls(*audit).join(u", "_s)));

    const AppRecord app = m_apps.value(u"Booking"_s);
    const KeyRecord key = m_registry->session().keys->keysForApp(app.applicationId).value().first();
    EditDetailsDialog editDetails(app, m_registry->session().apps, m_registry->session().repository);
    EditScopeDialog editScope(app, m_registry->session().apps, m_registry->session().repository,
                              *m_registry->session().catalogue);
    GenerateKeyDialog generate(app.details.name, Now, KeyRules::DefaultLifetimeDays);
    RotateKeyDialog rotate(app.details.name, key, Now, KeyRules::DefaultLifetimeDays,
                           KeyRules::DefaultRotationOverlapDays);
    DeleteAppDialog remove(app.details.name);
    for (const QDialog* dialog :
         std::initializer_list<const QDialog*>{&editDetails, &editScope, &generate, &rotate, &remove})
        QVERIFY2(
            AccessibilityProbe::unnamedControls(*dialog).isEmpty(),
            qPrintable(dialog->windowTitle() + u": "_s + AccessibilityProbe::unnamedControls(*dialog).join(u", "_s)));
}

void MainWindowTest::aNameWithMarkupIsShownAsTyped()
{
    // Names follow the app-name rules, which allow "<" and ">": a label must not render them as rich text, or the
    // question about one app could show another name.
    const QString name = u"<b>Shop</b>"_s;
    const KeyRecord key = SampleApps::key(u"app"_s, Now);
    GenerateKeyDialog generate(name, Now, KeyRules::DefaultLifetimeDays);
    RotateKeyDialog rotate(name, key, Now, KeyRules::DefaultLifetimeDays, KeyRules::DefaultRotationOverlapDays);
    DeleteAppDialog remove(name);
    QWidget parent;
    Confirmation::ask(&parent,
                      {u"Revoke"_s, u"Revoke the key of “%1”?"_s.arg(name), u"For “%1”."_s.arg(name), u"Revoke key"_s},
                      [] {});
    auto* question = parent.findChild<QMessageBox*>();
    QVERIFY(question);
    int namedLabels = 0;
    for (const QWidget* dialog : std::initializer_list<const QWidget*>{&generate, &rotate, &remove, question}) {
        for (const QLabel* label : dialog->findChildren<QLabel*>()) {
            if (!label->text().contains(name))
                continue;
            ++namedLabels;
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
        }
    }
    QCOMPARE(namedLabels, 6);
}

QTEST_MAIN(MainWindowTest)
#include "tst_main_window.moc"
