#include "MainWindow.h"

#include "ActionFeedback.h"
#include "AddAppWizard.h"
#include "AppActions.h"
#include "AppOverviewReader.h"
#include "AppRepository.h"
#include "AppSettings.h"
#include "ApplicationFilterProxyModel.h"
#include "ApplicationTableModel.h"
#include "AuditTrailWindow.h"
#include "Clock.h"
#include "Database.h"
#include "ExpiryAlertsPresenter.h"
#include "ExpiryBanner.h"
#include "ExportFileChooser.h"
#include "KeyActions.h"
#include "KeyRepository.h"
#include "KeyRules.h"
#include "KeychainReportLookup.h"
#include "KeychainSweep.h"
#include "SecureClipboard.h"
#include "SettingsDialog.h"
#include "ui_MainWindow.h"

#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

constexpr int SourceAppIconSize = 20;
constexpr int EmptyStateIconSize = 64;
/// Heights the table and the details panel below it start with, in proportion.
constexpr int TableShare = 5;
constexpr int DetailsPanelShare = 4;
/// A window shown but never painted (restored minimized, or on a screen that is off) starts its checks after this
/// long all the same.
constexpr int UnpaintedStartMs = 3000;

QIcon themedIcon(const QString& themeName, const QString& fallbackFile)
{
    return QIcon::fromTheme(themeName, QIcon(u":/appkeys/icons/"_s + fallbackFile));
}

} // namespace

MainWindow::MainWindow(RegistrySession session, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_session(std::move(session)),
      m_model(new ApplicationTableModel(m_session.repository, m_session.clock, this)),
      m_proxy(new ApplicationFilterProxyModel(this)), m_feedback(new ActionFeedback(this)),
      m_appActions(new AppActions(m_session, m_feedback)), m_keyActions(new KeyActions(m_session, m_feedback)),
      m_registryLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_ui->emptyStateIcon->setPixmap(
        QIcon(u":/appkeys/icons/appkeys.svg"_s).pixmap(EmptyStateIconSize, EmptyStateIconSize));
    m_registryLabel->setText(tr("Registry: %1").arg(m_session.database->location()));
    m_registryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->statusBar->addPermanentWidget(m_registryLabel);
    m_ui->filterBar->setCatalogue(*m_session.catalogue);
    setUpTable();
    setUpDetailsPanel();
    setUpActions();
    if (!m_session.database->acceptsChanges())
        setUpReadOnlyMode();

    connect(m_session.clipboard.get(), &SecureClipboard::countdownChanged, this, &MainWindow::showClipboardCountdown);
    connect(m_feedback, &ActionFeedback::busyChanged, this, &MainWindow::updateActions);
    connect(m_feedback, &ActionFeedback::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_feedback, &ActionFeedback::registryChanged, this, &MainWindow::reloadApps);
    reloadApps();
    setUpExpiryAlerts();
}

void MainWindow::paintEvent(QPaintEvent* event)
{
    QMainWindow::paintEvent(event);
    // Queued, so that this paint reaches the screen before the work starts. (A zero timer started before the window
    // was shown runs before its first paint.)
    if (!std::exchange(m_painted, true))
        QTimer::singleShot(0, this, &MainWindow::startAfterFirstPaint);
}

void MainWindow::startAfterFirstPaint()
{
    if (std::exchange(m_checksScheduled, true))
        return;
    // The rest of the table comes first: it is what the user is waiting for, and the checks would slow its reading.
    if (m_model->isLoading())
        connect(m_model, &ApplicationTableModel::loadFinished, this, &MainWindow::startChecks,
                Qt::SingleShotConnection);
    else
        startChecks();
}

void MainWindow::startChecks()
{
    m_alerts->start();
    if (m_session.sweepsKeychainAtStart && m_session.database->acceptsChanges())
        sweepKeychain();
}

void MainWindow::sweepKeychain()
{
    KeychainSweep::run(m_session.database, m_session.secrets, m_session.clock, KeychainSweep::Options{},
                       [self = QPointer(this)](Result<KeychainSweep::Outcome> swept) {
                           if (self)
                               self->showKeychainSweep(swept);
                       });
}

void MainWindow::showKeychainSweep(const Result<KeychainSweep::Outcome>& swept)
{
    if (!swept) {
        showStatusMessage(tr("Could not check the keychain: %1").arg(swept.error().message));
        return;
    }
    QStringList messages;
    if (!swept.value().reportFileProblem.isEmpty())
        messages.append(swept.value().reportFileProblem);
    if (Result<KeychainReportLookup> checks = KeychainReportLookup::open(m_session.database->registryId()); checks)
        m_model->setKeychainChecks(std::make_shared<const KeychainReportLookup>(std::move(checks).value()));
    else
        messages.append(checks.error().text());
    showSelectedApp();
    if (const int removed = int(swept.value().removedEntries.size()); removed > 0)
        messages.append(tr("Removed %n keychain entry(s) that no live credential used.", nullptr, removed));
    if (const int findings = int(swept.value().findings); findings > 0)
        messages.append(
            tr("%n credential(s) lack their plaintext in this keychain: see the Status column.", nullptr, findings));
    if (!messages.isEmpty())
        showStatusMessage(messages.join(u' '));
}

MainWindow::~MainWindow() = default;

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_splitterSized)
        return;
    m_splitterSized = true;
    QTimer::singleShot(UnpaintedStartMs, this, &MainWindow::startAfterFirstPaint);
    const int height = m_ui->mainSplitter->height();
    const int tableHeight = height * TableShare / (TableShare + DetailsPanelShare);
    m_ui->mainSplitter->setSizes({tableHeight, height - tableHeight});
}

void MainWindow::setUpTable()
{
    m_proxy->setSourceModel(m_model);
    m_ui->appTable->setModel(m_proxy);
    m_ui->appTable->setIconSize(QSize(SourceAppIconSize, SourceAppIconSize));
    QHeaderView* header = m_ui->appTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Widths from the rows in view, not from the first 1,000: each filter or sort measures them again.
    header->setResizeContentsPrecision(0);
    header->setSectionResizeMode(ApplicationTableModel::NameColumn, QHeaderView::Stretch);
    m_ui->appTable->sortByColumn(ApplicationTableModel::CreatedAtColumn, Qt::DescendingOrder);
    m_ui->mainSplitter->setStretchFactor(0, TableShare);
    m_ui->mainSplitter->setStretchFactor(1, DetailsPanelShare);

    connect(m_ui->filterBar, &AppFilterBar::filterChanged, this,
            [this] { m_proxy->setFilter(m_ui->filterBar->filter()); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts);
    connect(m_model, &ApplicationTableModel::loadProgress, this, &MainWindow::showLoadProgress);
    connect(m_model, &ApplicationTableModel::loadFinished, this, &MainWindow::showEveryApp);
    connect(m_model, &ApplicationTableModel::refreshFinished, this, &MainWindow::showRefreshedApps);
    connect(m_ui->appTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_reloading)
            showSelectedApp();
    });
    connect(m_ui->appTable, &QWidget::customContextMenuRequested, this, &MainWindow::showTableContextMenu);
}

void MainWindow::setUpDetailsPanel()
{
    m_ui->detailsPanel->setRegistry(m_session.auditLog, *m_session.catalogue, m_session.clipboard.get());
    connect(m_ui->detailsPanel, &AppDetailsPanel::keySelectionChanged, this, &MainWindow::updateActions);
    connect(m_ui->detailsPanel, &AppDetailsPanel::auditTrailRequested, this, &MainWindow::openAuditTrail);
}

void MainWindow::setUpActions()
{
    m_ui->addAction->setIcon(themedIcon(u"list-add"_s, u"add.svg"_s));
    m_ui->editDetailsAction->setIcon(themedIcon(u"document-edit"_s, u"edit.svg"_s));
    m_ui->editScopeAction->setIcon(QIcon(u":/appkeys/icons/scope.svg"_s));
    m_ui->generateKeyAction->setIcon(QIcon(u":/appkeys/icons/key-generate.svg"_s));
    m_ui->rotateKeyAction->setIcon(QIcon(u":/appkeys/icons/key-rotate.svg"_s));
    m_ui->revokeKeyAction->setIcon(QIcon(u":/appkeys/icons/key-revoke.svg"_s));
    m_ui->exportAction->setIcon(themedIcon(u"document-export"_s, u"export.svg"_s));
    m_ui->auditTrailAction->setIcon(QIcon(u":/appkeys/icons/audit.svg"_s));
    m_ui->refreshAction->setIcon(QIcon::fromTheme(u"view-refresh"_s));
    m_ui->findAction->setIcon(QIcon::fromTheme(u"edit-find"_s));

    connect(m_ui->addAction, &QAction::triggered, this, &MainWindow::openAddWizard);
    connect(m_ui->exportAction, &QAction::triggered, this, &MainWindow::exportApps);
    connect(m_ui->auditTrailAction, &QAction::triggered, this, [this] { openAuditTrail(); });
    connect(m_ui->findAction, &QAction::triggered, m_ui->filterBar, &AppFilterBar::focusSearch);
    connect(m_ui->refreshAction, &QAction::triggered, this, &MainWindow::reloadApps);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    auto* settingsAction = new QAction(tr("&Settings…"), this);
    settingsAction->setObjectName(u"settingsAction"_s);
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    m_ui->fileMenu->insertAction(m_ui->quitAction, settingsAction);
    m_ui->fileMenu->insertSeparator(m_ui->quitAction);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connectLifecycleActions();
    if (m_session.database->acceptsChanges()) {
        m_ui->detailsPanel->addSecretAction(m_ui->revealSecretAction);
        m_ui->detailsPanel->addSecretAction(m_ui->regenerateSecretAction);
        for (QAction* action :
             {m_ui->generateKeyAction, m_ui->rotateKeyAction, m_ui->revokeKeyAction, m_ui->revealKeyAction})
            m_ui->detailsPanel->addKeyAction(action);
    }
}

void MainWindow::connectLifecycleActions()
{
    connectAppAction(m_ui->editDetailsAction, std::bind_front(&AppActions::editDetails, m_appActions));
    connectAppAction(m_ui->editScopeAction, std::bind_front(&AppActions::editScope, m_appActions));
    connectAppAction(m_ui->regenerateSecretAction, std::bind_front(&AppActions::regenerateSecret, m_appActions));
    connectAppAction(m_ui->revealSecretAction, std::bind_front(&AppActions::revealSecret, m_appActions));
    connectAppAction(m_ui->deactivateAction, std::bind_front(&AppActions::deactivate, m_appActions));
    connectAppAction(m_ui->reactivateAction, std::bind_front(&AppActions::reactivate, m_appActions));
    connectAppAction(m_ui->deleteAction, std::bind_front(&AppActions::deleteApp, m_appActions));
    connectAppAction(m_ui->generateKeyAction, std::bind_front(&KeyActions::generateKey, m_keyActions));
    connectKeyAction(m_ui->rotateKeyAction, std::bind_front(&KeyActions::rotateKey, m_keyActions));
    connectKeyAction(m_ui->revokeKeyAction, std::bind_front(&KeyActions::revokeKey, m_keyActions));
    connectKeyAction(m_ui->revealKeyAction, std::bind_front(&KeyActions::revealKey, m_keyActions));
}

void MainWindow::connectAppAction(QAction* action, std::function<void(const AppRecord&)> perform)
{
    connect(action, &QAction::triggered, this, [this, perform = std::move(perform)] {
        if (const AppOverview* app = selectedApp())
            perform(app->app);
    });
}

void MainWindow::connectKeyAction(QAction* action, std::function<void(const AppRecord&, const KeyRecord&)> perform)
{
    connect(action, &QAction::triggered, this, [this, perform = std::move(perform)] {
        const AppOverview* app = selectedApp();
        const std::optional<KeyRecord> key = targetKey();
        if (app && key)
            perform(app->app, *key);
    });
}

QList<QAction*> MainWindow::changingActions() const
{
    return {m_ui->addAction,          m_ui->editDetailsAction, m_ui->editScopeAction,  m_ui->regenerateSecretAction,
            m_ui->revealSecretAction, m_ui->deactivateAction,  m_ui->reactivateAction, m_ui->deleteAction,
            m_ui->generateKeyAction,  m_ui->rotateKeyAction,   m_ui->revokeKeyAction,  m_ui->revealKeyAction};
}

void MainWindow::setUpReadOnlyMode()
{
    setWindowTitle(tr("Manage Applications — AppKeys (read-only)"));
    for (QAction* action : changingActions()) {
        action->setVisible(false);
        action->setEnabled(false);
    }
    m_ui->appMenu->menuAction()->setVisible(false);
    m_ui->keysMenu->menuAction()->setVisible(false);
    m_ui->mainToolBar->clear();
    m_ui->mainToolBar->addAction(m_ui->exportAction);
    m_ui->mainToolBar->addAction(m_ui->auditTrailAction);
    m_ui->emptyStateLabel->setText(tr("This registry has no apps yet."));
    const QString why = m_session.database->isReadOnly()
                            ? tr("Read-only: nothing can be changed or revealed.")
                            : tr("Read-only: the database role “%1” may only read.").arg(m_session.database->actor());
    auto* note = new QLabel(why, this);
    note->setObjectName(u"readOnlyLabel"_s);
    QFont bold = note->font();
    bold.setBold(true);
    note->setFont(bold);
    m_ui->statusBar->addPermanentWidget(note);
}

void MainWindow::openAddWizard()
{
    auto* wizard = new AddAppWizard(m_session.apps, m_session.credentials, m_session.repository, m_session.catalogue,
                                    m_session.clipboard.get(), m_session.settings->defaultKeyLifetimeDays(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // Finished or closed early: an app may exist now either way.
    connect(wizard, &QDialog::finished, this, &MainWindow::reloadApps);
    wizard->open();
}

void MainWindow::reloadApps()
{
    const QString selectedId = m_ui->detailsPanel->applicationId();
    {
        const QScopedValueRollback reloading(m_reloading, true);
        if (const Status status = m_model->reload(); !status)
            showStatusMessage(tr("The apps could not be read: %1").arg(status.error().text()));
        selectApp(selectedId);
    }
    m_ui->contentStack->setCurrentWidget(m_model->rowCount() == 0 ? m_ui->emptyStatePage : m_ui->tablePage);
    showSelectedApp();
    if (m_auditWindow)
        m_auditWindow->reload();
    if (m_alerts)
        m_alerts->refreshBanner();
}

void MainWindow::showEveryApp(const QString& problem)
{
    updateCounts();
    if (!problem.isEmpty()) {
        showStatusMessage(
            tr("Only the newest %Ln app(s) are shown; the others could not be read: %1", nullptr, m_model->rowCount())
                .arg(problem));
        return;
    }
    clearLoadProgress();
    selectShownApp();
}

void MainWindow::showRefreshedApps(const QString& problem)
{
    if (!problem.isEmpty()) {
        showStatusMessage(tr("The apps could not be read again: %1").arg(problem));
        return;
    }
    clearLoadProgress();
    m_ui->contentStack->setCurrentWidget(m_model->rowCount() == 0 ? m_ui->emptyStatePage : m_ui->tablePage);
    selectShownApp();
}

void MainWindow::selectShownApp()
{
    // The reset kept the details panel on the app it showed: select its row again.
    {
        const QScopedValueRollback reloading(m_reloading, true);
        selectApp(m_ui->detailsPanel->applicationId());
    }
    showSelectedApp();
}

void MainWindow::showLoadProgress(int appsRead)
{
    // A refresh follows a change, whose own message (ActionFeedback) is not to be replaced by progress.
    const QString shown = m_ui->statusBar->currentMessage();
    if (!shown.isEmpty() && shown != m_loadProgress)
        return;
    m_loadProgress = tr("Reading the registry: %L1 apps so far…").arg(appsRead);
    showStatusMessage(m_loadProgress);
}

void MainWindow::clearLoadProgress()
{
    if (m_ui->statusBar->currentMessage() == m_loadProgress)
        m_ui->statusBar->clearMessage();
}

void MainWindow::setUpExpiryAlerts()
{
    auto* banner = new ExpiryBanner(this);
    banner->setRotateAvailable(m_session.database->acceptsChanges());
    m_ui->bannerLayout->addWidget(banner);
    m_alerts = new ExpiryAlertsPresenter(m_session.database, m_session.secrets, m_session.clock, m_session.settings,
                                         banner, this);
    connect(banner, &ExpiryBanner::rotateRequested, this, &MainWindow::rotateKeyFromBanner);
    connect(m_alerts, &ExpiryAlertsPresenter::periodicRunDue, this, &MainWindow::reloadApps);
}

void MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(m_session.settings, m_session.secrets, m_session.database->registryId(),
                                      m_session.clipboard.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::settingsSaved, m_alerts, &ExpiryAlertsPresenter::reloadOptions);
    dialog->open();
}

void MainWindow::rotateKeyFromBanner(const QString& applicationId, const QString& keyId)
{
    // As the disabled Rotate action: one keychain operation at a time.
    if (m_feedback->isBusy())
        return;
    const Result<AppRecord> app = m_session.repository->findApp(applicationId);
    const Result<KeyRecord> key = m_session.keys->findKey(applicationId, keyId);
    if (!app || !key)
        return showStatusMessage((app ? key.error() : app.error()).text());
    selectApp(applicationId);
    m_keyActions->rotateKey(app.value(), key.value());
}

void MainWindow::selectApp(const QString& applicationId)
{
    const int sourceRow = m_model->rowOf(applicationId);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (index.isValid())
        m_ui->appTable->selectRow(index.row());
}

const AppSummary* MainWindow::selectedRow() const
{
    const QModelIndexList rows = m_ui->appTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->row(m_proxy->mapToSource(rows.first()).row());
}

const AppOverview* MainWindow::selectedApp() const
{
    // Only while it is still the app of the selected row: an action never works on another.
    const AppSummary* row = selectedRow();
    if (!row || !m_selectedApp || m_selectedApp->app.applicationId != row->applicationId.text())
        return nullptr;
    return &*m_selectedApp;
}

std::optional<AppOverview> MainWindow::readSelectedApp()
{
    const AppSummary* row = selectedRow();
    if (!row)
        return std::nullopt;
    // By its id alone (an app deleted meanwhile may have another's name for an id), at the moment the table's
    // statuses were worked out, so that the details panel says what the row says.
    std::optional<AppOverview> whole;
    const Status read =
        AppOverviewReader::forEachPageOf(m_session.database, {row->applicationId.text()}, m_model->loadedAt(), 1,
                                         [&whole](const QList<AppOverview>& page) {
                                             if (!page.isEmpty())
                                                 whole = page.constFirst();
                                             return Status();
                                         });
    if (!read)
        showStatusMessage(tr("“%1” could not be read: %2").arg(row->name, read.error().text()));
    else if (!whole && !m_model->isRefreshing()) // a refresh after this user deleted it, which removes its row
        showStatusMessage(tr("“%1” is no longer in the registry: another user or program deleted it.").arg(row->name));
    return read ? whole : std::nullopt;
}

std::optional<KeyRecord> MainWindow::targetKey() const
{
    const AppOverview* app = selectedApp();
    if (!app)
        return std::nullopt;
    if (std::optional<KeyRecord> selected = m_ui->detailsPanel->selectedKey())
        return selected;
    if (const KeyRecord* reported = KeyStatus::reportedKey(app->keys, m_model->loadedAt()))
        return *reported;
    return std::nullopt;
}

void MainWindow::showSelectedApp()
{
    m_selectedApp = readSelectedApp();
    // Its row is up to date at once, while the rest are read again.
    if (m_selectedApp && m_model->isRefreshing())
        m_model->updateRow(*m_selectedApp);
    if (const AppOverview* app = selectedApp())
        showAppDetails(*app);
    else
        m_ui->detailsPanel->showNothing();
    updateActions();
}

void MainWindow::showAppDetails(const AppOverview& app)
{
    const Result<KeychainReport> keychain = m_model->keychainReportFor(CompactId::of(app.app.applicationId));
    m_ui->detailsPanel->showApp(app, m_model->loadedAt(), keychain ? keychain.value() : KeychainReport());
    if (!keychain)
        showStatusMessage(keychain.error().text());
}

void MainWindow::updateActions()
{
    const bool writable = m_session.database->acceptsChanges() && !m_feedback->isBusy();
    const AppOverview* app = writable ? selectedApp() : nullptr;
    const std::optional<KeyRecord> key = app ? targetKey() : std::nullopt;
    const QDateTime now = m_model->loadedAt();
    const bool active = app && app->app.active;
    const bool roomForKey = app && KeyRules::hasRoomForKey(app->keys, now);
    const bool keyUsable = key && !key->revokedAt.isValid();

    m_ui->addAction->setEnabled(writable);
    for (QAction* action : {m_ui->editDetailsAction, m_ui->editScopeAction, m_ui->regenerateSecretAction,
                            m_ui->revealSecretAction, m_ui->deleteAction})
        action->setEnabled(app != nullptr);
    m_ui->deactivateAction->setEnabled(active);
    m_ui->reactivateAction->setEnabled(app && !active);
    m_ui->generateKeyAction->setEnabled(active && roomForKey);
    m_ui->rotateKeyAction->setEnabled(active && roomForKey && key && KeyRules::isLive(*key, now));
    m_ui->revokeKeyAction->setEnabled(keyUsable);
    m_ui->revealKeyAction->setEnabled(keyUsable);
}

void MainWindow::updateCounts()
{
    m_ui->filterBar->setCounts(m_proxy->rowCount(), m_model->rowCount(), !m_model->isLoading());
}

void MainWindow::showTableContextMenu(const QPoint& position)
{
    const QModelIndex index = m_ui->appTable->indexAt(position);
    if (!index.isValid())
        return;
    m_ui->appTable->selectRow(index.row());
    const AppOverview* app = selectedApp();
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions({m_ui->editDetailsAction, m_ui->editScopeAction});
    menu->addSeparator();
    menu->addActions({m_ui->generateKeyAction, m_ui->rotateKeyAction, m_ui->revokeKeyAction, m_ui->revealKeyAction});
    menu->addSeparator();
    menu->addActions({m_ui->regenerateSecretAction, m_ui->revealSecretAction});
    menu->addSeparator();
    menu->addActions({m_ui->deactivateAction, m_ui->reactivateAction, m_ui->deleteAction});
    menu->addSeparator();
    menu->addAction(tr("Audit trail of “%1”…").arg(app->app.details.name), this,
                    [this, id = app->app.applicationId, name = app->app.details.name] { openAuditTrail(id, name); });
    menu->popup(m_ui->appTable->viewport()->mapToGlobal(position));
}

void MainWindow::openAuditTrail(const QString& applicationId, const QString& name)
{
    if (!m_auditWindow) {
        m_auditWindow = new AuditTrailWindow(m_session.auditLog,
                                             std::make_shared<AuditVerification>(m_session.database, m_session.secrets),
                                             m_session.clock->nowUtc().toLocalTime().date(), this);
        m_auditWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_auditWindow->showApp(applicationId, name);
    m_auditWindow->show();
    m_auditWindow->raise();
    m_auditWindow->activateWindow();
}

void MainWindow::exportApps()
{
    ExportFileChooser::choose(
        this, tr("Export apps"), u"appkeys-apps"_s, ExportDocument::Format::Csv,
        [this](const QString& filePath, ExportDocument::Format format) { writeAppsExport(filePath, format); });
}

void MainWindow::writeAppsExport(const QString& filePath, ExportDocument::Format format)
{
    // The rows as shown, read whole (the table keeps less of each app).
    QStringList shownIds;
    shownIds.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shownIds.append(m_model->row(m_proxy->mapToSource(m_proxy->index(row, 0)).row()).applicationId.text());
    QList<AppOverview> shown;
    Status written =
        AppOverviewReader::forEachPageOf(m_session.database, shownIds, m_model->loadedAt(),
                                         ApplicationTableModel::PageSize, [&shown](const QList<AppOverview>& page) {
                                             shown.append(page);
                                             return Status();
                                         });
    if (written)
        written = ExportDocument::ofApps(shown).writeFile(filePath, format);
    if (written) {
        showStatusMessage(tr("%n app(s) exported to %1.", nullptr, int(shown.size())).arg(filePath));
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), tr("The apps were not exported."),
                                QMessageBox::Ok, this);
    box->setInformativeText(written.error().text());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showStatusMessage(const QString& message)
{
    m_ui->statusBar->showMessage(message);
}

void MainWindow::showClipboardCountdown(int secondsLeft)
{
    if (secondsLeft > 0)
        m_ui->statusBar->showMessage(tr("Clipboard clears in %1 s").arg(secondsLeft));
    else
        m_ui->statusBar->clearMessage();
}

} // namespace AppKeys
