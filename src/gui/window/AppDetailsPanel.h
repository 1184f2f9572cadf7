#pragma once

#include "AppOverview.h"
#include "KeychainReport.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class AppDetailsPanel;
}

namespace AppKeys {

class AuditLog;
class AuditTableModel;
class KeyTableModel;
class PermissionCatalogue;
class SecureClipboard;

/// The selected app beside the table: all its fields and redirect URLs, its scope as a read-only tree, its keys
/// and its audit history; an empty state when no app is selected.
class AppDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AppDetailsPanel(QWidget* parent = nullptr);
    ~AppDetailsPanel() override;

    void setRegistry(std::shared_ptr<const AuditLog> auditLog, const PermissionCatalogue& catalogue,
                     SecureClipboard* clipboard);
    /// Shows an app with its keys' statuses at `now`, what this machine's keychain lacks of its credentials (with the
    /// cure), and reads its audit history. The selected key stays selected when the same app is shown again.
    void showApp(const AppOverview& overview, const QDateTime& now, const KeychainReport& keychain);
    void showNothing();
    /// The app shown, or empty.
    QString applicationId() const { return m_applicationId; }
    /// The key selected in the Keys tab, if any.
    std::optional<KeyRecord> selectedKey() const;

    /// Buttons next to the secret's hint, and above the keys table (also its context menu), for the window's actions.
    void addSecretAction(QAction* action);
    void addKeyAction(QAction* action);

signals:
    void keySelectionChanged();
    /// "Open in Audit trail": the audit view, filtered to this app.
    void auditTrailRequested(const QString& applicationId, const QString& name);

private:
    void showFields(const AppRecord& app);
    /// When any of its keys was last used, and how often they were in all.
    void showLastUsed(const AppOverview& overview);
    void showScope(const AppScope& scope);
    void showStatus(const KeyStatus& status);
    void showKeychainFindings(const QList<KeychainReport::Finding>& findings, const QString& checkedBy);
    /// `sameApp`: the app shown before, whose selected key stays selected.
    void showKeys(const AppOverview& overview, const QDateTime& now, bool sameApp);
    void showHistory(const QString& applicationId);
    void setUpTables();

    std::unique_ptr<Ui::AppDetailsPanel> m_ui;
    std::shared_ptr<const AuditLog> m_auditLog;
    SecureClipboard* m_clipboard = nullptr;
    KeyTableModel* m_keys;
    AuditTableModel* m_history;
    QString m_applicationId;
};

} // namespace AppKeys
