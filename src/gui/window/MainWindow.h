#pragma once

#include "AppOverview.h"
#include "AppSummary.h"
#include "ExportDocument.h"
#include "KeychainSweep.h"
#include "RegistrySession.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

class QLabel;

namespace AppKeys {

class ActionFeedback;
class AppActions;
class ApplicationFilterProxyModel;
class ApplicationTableModel;
class AuditTrailWindow;
class ExpiryAlertsPresenter;
class KeyActions;

/// "Manage Applications": the registry's apps in a filterable, sortable table with the selected app's details
/// beside it, and every action of PRODUCT.md section 1 in the menus, the toolbar and the table's context menu.
/// Read-only, it offers nothing that changes the registry or reveals a secret.
///
/// The expiry banner sits in bannerLayout above the table; File > Settings… comes before Quit.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(RegistrySession session, QWidget* parent = nullptr);
    ~MainWindow() override;

    void openAddWizard();
    /// Reads the registry again into the table, the details panel and an open audit view; the selection stays.
    void reloadApps();
    /// The audit view, filtered to one app when an id is given (with the app's name).
    void openAuditTrail(const QString& applicationId = {}, const QString& name = {});
    /// The app selected in the table, read whole from the registry when it was selected (the table keeps less of
    /// each app), or nullptr; valid until the selection changes or the next reload.
    const AppOverview* selectedApp() const;
    /// What the key actions work on: the key selected in the details panel, else the one the Status column reports.
    std::optional<KeyRecord> targetKey() const;

protected:
    void showEvent(QShowEvent* event) override;
    /// The first paint starts the work that reads the registry whole (startAfterFirstPaint).
    void paintEvent(QPaintEvent* event) override;

private:
    void setUpActions();
    void setUpTable();
    void setUpDetailsPanel();
    /// The selected row as the table keeps it, or nullptr.
    const AppSummary* selectedRow() const;
    std::optional<AppOverview> readSelectedApp();
    void setUpReadOnlyMode();
    /// The expiry banner above the table, File > Settings… and the alert runs (at start, then hourly).
    void setUpExpiryAlerts();
    /// Starts the checks once the table is on the screen (or a while after the window is shown, if it is never
    /// painted), and after it holds every app; once.
    void startAfterFirstPaint();
    /// The expiry alerts' first run and the keychain sweep: each reads far more than the first screen of rows, and
    /// their results arrive when they are ready.
    void startChecks();
    void openSettings();
    /// KeychainSweep in the background once the window is up (PRODUCT.md section 7); its report marks the table.
    void sweepKeychain();
    void showKeychainSweep(const Result<KeychainSweep::Outcome>& swept);
    void rotateKeyFromBanner(const QString& applicationId, const QString& keyId);
    void connectLifecycleActions();
    /// Runs `perform` on the selected app when the action is triggered.
    void connectAppAction(QAction* action, std::function<void(const AppRecord&)> perform);
    /// Runs `perform` on the selected app and targetKey() when the action is triggered.
    void connectKeyAction(QAction* action, std::function<void(const AppRecord&, const KeyRecord&)> perform);
    QList<QAction*> changingActions() const;

    void showSelectedApp();
    /// The details panel shows the app, with what this keychain lacks of it.
    void showAppDetails(const AppOverview& app);
    /// The model's first load has read every app: the selection comes back, or the status bar says what failed.
    void showEveryApp(const QString& problem);
    /// A refresh (after a change) has read every app again: the selection comes back, or the status bar says what
    /// failed.
    void showRefreshedApps(const QString& problem);
    /// Selects the row of the app the details panel shows, after a reset.
    void selectShownApp();
    void showLoadProgress(int appsRead);
    void clearLoadProgress();
    void selectApp(const QString& applicationId);
    void updateActions();
    void updateCounts();
    void showTableContextMenu(const QPoint& position);
    void exportApps();
    void writeAppsExport(const QString& filePath, ExportDocument::Format format);
    void showStatusMessage(const QString& message);
    void showClipboardCountdown(int secondsLeft);

    std::unique_ptr<Ui::MainWindow> m_ui;
    RegistrySession m_session;
    ApplicationTableModel* m_model;
    ApplicationFilterProxyModel* m_proxy;
    ActionFeedback* m_feedback;
    AppActions* m_appActions;
    KeyActions* m_keyActions;
    QLabel* m_registryLabel;
    QPointer<AuditTrailWindow> m_auditWindow;
    ExpiryAlertsPresenter* m_alerts = nullptr;
    /// While the model is reset, the lost selection must not clear the details panel.
    bool m_reloading = false;
    QString m_loadProgress; ///< the progress message last shown, so that it is cleared and not another
    /// selectedApp(), read by showSelectedApp().
    std::optional<AppOverview> m_selectedApp;
    /// The table and the details panel share the height once the window has one, on its first show.
    bool m_splitterSized = false;
    bool m_painted = false;
    bool m_checksScheduled = false;
};

} // namespace AppKeys
