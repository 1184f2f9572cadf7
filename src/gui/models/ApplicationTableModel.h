#pragma once

#include "AppSummary.h"
#include "ApplicationTableRows.h"
#include "KeychainReport.h"
#include "KeychainReportLookup.h"
#include "LazyReaderThread.h"
#include "Result.h"
#include "Status.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <map>
#include <memory>

namespace AppKeys {

class AppRepository;
class Clock;
class Database;

/// The registry's apps as rows of the "Manage Applications" table, read with AppOverviewReader as `appkeys list` reads
/// them, so that the Status and Expires columns say what it says. The rows keep what the table shows
/// (ApplicationTableRows); the window reads the selected app whole.
class ApplicationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        SourceAppColumn,
        LoginUserTypeColumn,
        AuthMethodColumn,
        PermissionsColumn,
        StatusColumn,
        ExpiresColumn,
        LastUsedColumn,
        CreatedByColumn,
        CreatedAtColumn,
        ColumnCount
    };

    /// A value that sorts as the column's meaning says (a date as a date, a count as a number, a status by urgency).
    static constexpr int SortRole = Qt::UserRole;

    ApplicationTableModel(std::shared_ptr<const AppRepository> repository, std::shared_ptr<const Clock> clock,
                          QObject* parent = nullptr);

    /// Reads the apps again; on failure the previous rows stay and the Error says why. Only the newest FirstPageSize
    /// apps are read at once, so that the window answers at once however large the registry; the rest are read
    /// PageSize at a time through the event loop (loadProgress).
    /// - The first time (while the table is empty), the first page is shown at once, and every app replaces it in one
    ///   reset (loadFinished).
    /// - Later (after every change), the rows shown stay until every app has been read again, and then replace them in
    ///   one reset (refreshFinished): at 100,000 apps reading them at once held the window for 5.6 s.
    /// A registry of fewer than FirstPageSize apps is read whole at once either way. The pages after the first are read
    /// on a connection and a thread of their own (ReaderThread), opened at the first of them and kept: this thread
    /// only adds them, so that the window answers while a registry of 100,000 apps is read.
    Status reload();
    /// Whether the rows are the first page of a load still reading the rest.
    bool isLoading() const { return m_loading; }
    /// Whether every app is being read again, to replace the rows shown.
    bool isRefreshing() const { return m_refreshing; }
    /// Shows an app read whole since the rows were (the selected app, after a change), worked out at loadedAt(), in
    /// its row until a refresh replaces them all.
    void updateRow(const AppOverview& app);
    /// Apps read at a time while loading, in a turn of the event loop each: at 100,000 apps, the longest the window
    /// went without a turn during a refresh was 188 ms with pages of 1,000, 78-116 ms with 500.
    static constexpr int PageSize = 500;
    /// Apps read before the first paint: a few screens of rows. A page of 1,000 took the first paint of a registry of
    /// 100,000 apps to 3.5 times an empty registry's.
    static constexpr int FirstPageSize = 200;
    /// The app of a row as the table keeps it (its AppSummary), valid until the next reload.
    const AppSummary& row(int row) const { return m_rows.at(row); }
    /// The searchable text of every row, in row order.
    const AppSearchIndex& searchIndex() const { return m_rows.searchIndex(); }
    /// The row of the app with this id, or -1.
    int rowOf(const QString& applicationId) const;
    /// The moment the statuses were worked out at: the "now" of the last reload.
    QDateTime loadedAt() const { return m_loadedAt; }
    /// What this machine's keychain lacks, as the last KeychainSweep's report file says: the Status column adds it to
    /// the key status. The report is looked up an app at a time as rows are shown, never held whole: on a team
    /// registry seen from a new machine it has a finding for every credential (186,000 at 100,000 apps, 110 MB).
    void setKeychainChecks(std::shared_ptr<const KeychainReportLookup> checks);
    bool isKeychainChecked() const { return m_keychainChecks != nullptr; }
    /// The report with the app's findings only (unchecked before a sweep); an Error when its lines cannot be read.
    Result<KeychainReport> keychainReportFor(const CompactId& applicationId) const;

    bool event(QEvent* event) override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// Another page was read; `appsRead` counts the apps read so far, the rows shown included.
    void loadProgress(int appsRead);
    /// Every app is now a row (after a reset); on failure, the first page's rows stay and `problem` says why.
    void loadFinished(const QString& problem);
    /// A refresh has replaced the rows (after a reset); on failure, the rows shown stay and `problem` says why.
    void refreshFinished(const QString& problem);

private:
    struct PageRead;

    Result<ApplicationTableRows> readFirstPage(const QDateTime& now) const;
    /// Reads the apps after m_pending's first page, once the rows just set are painted.
    void readTheRest(int generation);
    /// Asks the reader for the page after the app `after`; `countFirst` counts the registry's apps first.
    void requestPage(int generation, const QString& after, bool countFirst);
    static PageRead readPage(const std::shared_ptr<Database>& database, const QDateTime& now, const QString& after,
                             bool countFirst);
    void takePage(int generation, const PageRead& read);
    void finishLoading(const QString& problem);
    QVariant displayData(const AppSummary& app, int column) const;
    QVariant sortData(const AppSummary& app, int column) const;
    QVariant toolTip(const AppSummary& app, int column) const;
    QVariant foreground(const AppSummary& app, int column) const;
    QVariant statusToolTip(const AppSummary& app) const;
    static QVariant lastUsedToolTip(const AppSummary& app);
    QString statusText(const AppSummary& app) const;
    /// What the keychain lacks of the app's credentials, or why that cannot be read; empty when nothing is wrong.
    QString keychainNote(const AppSummary& app) const;

    std::shared_ptr<const AppRepository> m_repository;
    std::shared_ptr<const Clock> m_clock;
    ApplicationTableRows m_rows;
    QDateTime m_loadedAt;
    bool m_loading = false;
    bool m_refreshing = false;
    /// Counts reloads: a page read for an earlier one is dropped.
    int m_generation = 0;
    ApplicationTableRows m_pending; ///< every app read so far while loading or refreshing
    std::shared_ptr<const KeychainReportLookup> m_keychainChecks;
    /// The reports of the apps last shown: a paint asks for a row's several times (text, colour, tool tip).
    mutable QHash<CompactId, Result<KeychainReport>> m_keychainReports;
    static constexpr qsizetype KeptKeychainReports = 1000;
    /// Loaded once: each QIcon renders and caches its SVG, which a fresh QIcon per paint would redo.
    std::map<SourceApp, QIcon> m_sourceAppIcons;
    /// Last, so that it goes first: its thread may still be reading a page, for which it waits.
    LazyReaderThread m_reader;
};

} // namespace AppKeys
