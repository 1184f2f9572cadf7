#pragma once

#include "AuditAppNames.h"
#include "AuditFilter.h"
#include "AuditVerification.h"
#include "ExportDocument.h"

#include <QSet>
#include <QWidget>
#include <memory>

namespace Ui {
class AuditTrailWindow;
}

class QComboBox;

namespace AppKeys {

class AuditLog;
class AuditTableModel;

/// "Audit trail": every entry, or one app's, filtered by action, actor, app and date range (AuditLog::entries with
/// an AuditFilter, as `appkeys audit`); verifies the trail as `appkeys audit verify` does (AuditVerification: the
/// hash chain, this machine's checkpoints, the tables) and exports what it shows as CSV or JSON. It reads only what it
/// shows: the rows in view a page at a time (AuditTableModel), and for the choices the actors and the entries that
/// name apps, then only what was appended since.
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

private:
    void setUpDateRange(const QDate& today);
    Status readChoices(qint64 lastSequence);
    void fillChoices();
    void fillActionChoices();
    void showError(const QString& message);
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
    /// Every app the trail speaks of, deleted ones included, for the App column and choices.
    AuditAppNames m_appNames;
    QSet<QString> m_actors;
    /// The sequence through which the choices were read: later reloads read only the entries after it.
    qint64 m_choicesReadThrough = 0;
    qint64 m_totalCount = 0;
};

} // namespace AppKeys
