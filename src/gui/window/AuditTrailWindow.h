#pragma once

#include "AuditFilter.h"
#include "AuditVerification.h"
#include "ExportDocument.h"

#include <QHash>
#include <QWidget>
#include <memory>

namespace Ui {
class AuditTrailWindow;
}

class QComboBox;
class QSortFilterProxyModel;

namespace AppKeys {

class AuditLog;
class AuditTableModel;

/// "Audit trail": every entry, or one app's, filtered by action, actor, app and date range (AuditLog::entries with
/// an AuditFilter, as `appkeys audit`); verifies the trail as `appkeys audit verify` does (AuditVerification: the
/// hash chain, this machine's checkpoints, the tables) and exports what it shows as CSV or JSON.
class AuditTrailWindow : public QWidget
{
    Q_OBJECT
public:
    /// `today` is the user's local date, the default end of the date range.
    AuditTrailWindow(std::shared_ptr<const AuditLog> auditLog, std::shared_ptr<AuditVerification> verification,
                     const QDate& today, QWidget* parent = nullptr);
    ~AuditTrailWindow() override;

    /// Shows only this app's entries; an empty id shows every app's.
    void showApp(const QString& applicationId);
    /// Reads the trail again, keeping the filters.
    void reload();
    AuditFilter filter() const;
    const QList<AuditEntry>& shownEntries() const;

private:
    void setUpTable();
    void setUpDateRange(const QDate& today);
    void fillChoices(const QList<AuditEntry>& allEntries);
    void fillActionChoices();
    void applyFilter();
    void verifyChain();
    void showVerifyProgress(AuditVerification::Stage stage, qint64 checked, qint64 total);
    void showVerified(const AuditVerification::Report& report);
    void exportShown(ExportDocument::Format format);
    void writeExport(const QString& filePath, ExportDocument::Format format);
    QList<QComboBox*> combos() const;

    std::unique_ptr<Ui::AuditTrailWindow> m_ui;
    std::shared_ptr<const AuditLog> m_auditLog;
    std::shared_ptr<AuditVerification> m_verification;
    AuditTableModel* m_model;
    QSortFilterProxyModel* m_sortModel;
    /// Every app the trail speaks of, deleted ones included, for the App column and choices.
    QHash<QString, QString> m_appNames;
    qsizetype m_totalCount = 0;
};

} // namespace AppKeys
