#pragma once

#include "AuditChoices.h"
#include "AuditFilter.h"
#include "AuditVerification.h"
#include "ExportDocument.h"
#include "LazyReaderThread.h"

#include <QWidget>
#include <memory>

namespace Ui {
class AuditTrailWindow;
}

class QComboBox;

namespace AppKeys {

class AuditLog;
class AuditTableModel;
class ComboBoxSearch;

/// "Audit trail": every entry, or one app's, filtered by action, actor, app and date range (AuditLog::entries with
/// an AuditFilter, as `appkeys audit`); verifies the trail as `appkeys audit verify` does (AuditVerification: the
/// hash chain, this machine's checkpoints, the tables) and exports what it shows as CSV or JSON. It reads only what it
/// shows: the rows in view a page at a time (AuditTableModel), and for the choices the actors and the entries that
/// name apps (AuditChoices), then only what was appended since. The choices are read on a thread of their own: at
/// 1,000,000 entries that takes about a second, while the first rows show at once. The app filter, which may offer
/// 100,000 apps, finds one by any part of its name (ComboBoxSearch).
class AuditTrailWindow : public QWidget
{
    Q_OBJECT
public:
    /// `today` is the user's local date, the default end of the date range.
    AuditTrailWindow(std::shared_ptr<const AuditLog> auditLog, std::shared_ptr<AuditVerification> verification,
                     const QDate& today, QWidget* parent = nullptr);
    ~AuditTrailWindow() override;

    /// Shows only this app's entries; an empty id shows every app's. `name` names the app in the app filter until
    /// the choices are read.
    void showApp(const QString& applicationId, const QString& name = {});
    /// Reads the trail again, keeping the filters.
    void reload();
    AuditFilter filter() const;

private:
    void setUpDateRange(const QDate& today);
    void readChoices();
    void fillChoices(const QList<AuditChoices::Choice>& actors, const QList<AuditChoices::Choice>& apps,
                     const QHash<QString, QString>& appNames);
    void fillActionChoices();
    void showError(const QString& message);
    void showAppNotFound(const QString& typed);
    void applyFilter();
    /// The entries matching the filter, in the table; whether they could be counted.
    bool showEntries();
    void showEntryCount();
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
    ComboBoxSearch* m_appSearch = nullptr;
    /// The choices as the reader reads them, used by its reads alone (one after another); the window gets a copy of
    /// them after each read.
    std::shared_ptr<AuditChoices> m_choicesBeingRead;
    /// Set as the window goes, for the read of the choices to stop.
    std::shared_ptr<std::atomic<bool>> m_closing = std::make_shared<std::atomic<bool>>(false);
    qint64 m_totalCount = 0;
    /// The message shown when no app had the name typed in the app filter: cleared by the next filter.
    QString m_appNotFound;
    LazyReaderThread m_reader; ///< last: its reads use the members above
};

} // namespace AppKeys
