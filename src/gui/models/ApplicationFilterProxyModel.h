#pragma once

#include "AppFilter.h"
#include "SearchLead.h"

#include <QAbstractProxyModel>
#include <QList>

namespace AppKeys {

class ApplicationTableModel;

/// Filters and sorts an ApplicationTableModel for the Manage Applications table. Which rows pass is AppFilter's rule,
/// the same as `appkeys list`, judged at the moment the source model was loaded; sorting uses the model's SortRole,
/// text in the user's language and regardless of case.
///
/// Made for a keystroke at 100,000 rows: the order of every row is kept from one sort to the next, the search looks
/// through one buffer (the source's AppSearchIndex, built with its rows), and a new filter reaches the view as one
/// layout change. (QSortFilterProxyModel removes each run of hidden rows separately, and each removal costs the view a
/// pass over every row.) The source changes by reset, or dataChanged in place; nothing else.
class ApplicationFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit ApplicationFilterProxyModel(QObject* parent = nullptr);

    /// Takes an ApplicationTableModel; with any other model it shows no rows.
    void setSourceModel(QAbstractItemModel* sourceModel) override;
    void setFilter(const AppFilter& filter);
    const AppFilter& filter() const { return m_filter; }

    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void sourceReset();
    /// A change that names its roles, SortRole not among them, leaves the rows' summaries as they were (the model's
    /// way of saying so): the same rows pass, in the same order, and only the view is told.
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    int sourceRowCount() const;
    /// Every source row in the order of the sort column, ties in source order (source order when unsorted).
    QList<int> sortedRows() const;
    /// Rows that passed a filter, where its search text first occurs in each (none without a search text), and each
    /// one's lead there when they were judged among few enough rows (LeadsShareOfRows).
    struct Passed
    {
        QList<int> rows;
        QList<int> searchedAt;
        QList<SearchLead> leads;
        /// Not so for the rows shown when the source or the order changed: they are remembered without.
        bool knowsWhereSearched() const { return searchedAt.size() == rows.size(); }
        bool hasLeads() const { return !leads.isEmpty() && leads.size() == rows.size(); }
    };
    /// The rows of `candidates` (source rows, in order) that pass the filter. `continued`, if given, passed a search
    /// text this one begins with, and holds the candidates: this one cannot occur before where that one did.
    Passed passing(const QList<int>& candidates, const Passed* continued = nullptr);
    /// Where a search text first occurs in a candidate's text, -1 when it does not, and its lead there.
    struct Found
    {
        qsizetype at = 0;
        SearchLead lead;
    };
    /// Where `searched` first occurs in the text of `candidates[index]`: told by the lead `continued` kept for it when
    /// that holds all of `searched`, or searched for in the text from where `continued`'s text occurs.
    Found find(const QByteArray& searched, const QList<int>& candidates, const Passed* continued, qsizetype index,
               bool keepingLead) const;
    /// Asks for the text of the candidate PrefetchedRows after `index`, so that it is in the cache when searched.
    void prefetchAhead(const QList<int>& candidates, const Passed* continued, qsizetype index) const;
    /// The rows that pass the filter, as remembered for it or judged among those of the last filter it narrows.
    QList<int> passingRemembered();
    /// Forgets every filter but the one shown: its rows were judged on the source and in the order as they are now.
    void rememberOnlyShown();
    /// Shows `rows` (source rows, in order) as one layout change that keeps the persistent indexes (the selection, the
    /// current row) of the rows still shown.
    void show(QList<int> rows);
    void setShown(QList<int> rows);

    const ApplicationTableModel* m_apps = nullptr;
    AppFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<int> m_order;      ///< every source row, sorted
    QList<int> m_shown;      ///< proxy row → source row
    QList<int> m_proxyRowOf; ///< source row → proxy row, -1 when filtered out
    /// The rows of the last filters, each narrowing the one before, as typing gives them, the shown one last:
    /// Backspace goes back to one of them without judging any row (at 100,000 apps, a pass over every row, 8 ms).
    QList<std::pair<AppFilter, Passed>> m_narrowing;
    /// At most this many rows are remembered (each with where its search text occurs), times the source's rows: a
    /// letter seldom hides many.
    static constexpr int RememberedRowsPerSourceRow = 3;
    /// A filter's rows keep their leads (Passed::leads) when judged among at most this share of the source's rows.
    /// Memory new to the process costs this machine 14 µs a page: leads for 100,000 rows (1.6 MB, 5.6 ms) would cost
    /// the first letter typed nearly as much again as its search (7 ms).
    static constexpr int LeadsShareOfRows = 8;
    /// A row's text is asked for this many rows before it is searched (AppSearchIndex::prefetch).
    static constexpr qsizetype PrefetchedRows = 32;
};

} // namespace AppKeys
