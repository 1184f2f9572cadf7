#include "ApplicationFilterProxyModel.h"

#include "ApplicationTableModel.h"

#include <QCollator>
#include <algorithm>
#include <limits>
#include <numeric>
#include <vector>

namespace AppKeys {

namespace {

/// Sorts `rows` by `less`, ties kept in their order, as QSortFilterProxyModel does.
template <typename Less> void sortRows(QList<int>& rows, Qt::SortOrder order, Less less)
{
    if (order == Qt::AscendingOrder)
        std::stable_sort(rows.begin(), rows.end(), less);
    else
        std::stable_sort(rows.begin(), rows.end(), [&less](int a, int b) { return less(b, a); });
}

/// A number that sorts as the value does: a time by its moment (no time first), anything else by its number.
qint64 numericSortKey(const QVariant& value)
{
    if (value.typeId() != QMetaType::QDateTime)
        return value.toLongLong();
    const QDateTime time = value.toDateTime();
    return time.isValid() ? time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

} // namespace

ApplicationFilterProxyModel::ApplicationFilterProxyModel(QObject* parent) : QAbstractProxyModel(parent) {}

void ApplicationFilterProxyModel::setSourceModel(QAbstractItemModel* model)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(model);
    m_apps = qobject_cast<const ApplicationTableModel*>(model);
    if (m_apps) {
        connect(m_apps, &QAbstractItemModel::modelAboutToBeReset, this, &ApplicationFilterProxyModel::beginResetModel);
        connect(m_apps, &QAbstractItemModel::modelReset, this, &ApplicationFilterProxyModel::sourceReset);
        connect(m_apps, &QAbstractItemModel::dataChanged, this, &ApplicationFilterProxyModel::sourceDataChanged);
        connect(m_apps, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    }
    m_order = sortedRows();
    setShown(passing(m_order).rows);
    rememberOnlyShown();
    endResetModel();
}

void ApplicationFilterProxyModel::setFilter(const AppFilter& filter)
{
    m_filter = filter;
    show(passingRemembered());
}

QModelIndex ApplicationFilterProxyModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_apps || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    return m_apps->index(m_shown.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex ApplicationFilterProxyModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!m_apps || !sourceIndex.isValid() || sourceIndex.model() != m_apps)
        return {};
    const int row = m_proxyRowOf.value(sourceIndex.row(), -1);
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QModelIndex ApplicationFilterProxyModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column);
}

QModelIndex ApplicationFilterProxyModel::parent(const QModelIndex&) const
{
    return {};
}

bool ApplicationFilterProxyModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_shown.isEmpty();
}

int ApplicationFilterProxyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ApplicationFilterProxyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_apps ? 0 : m_apps->columnCount();
}

QVariant ApplicationFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Columns are the source's own; rows are numbered as shown.
    if (orientation == Qt::Horizontal)
        return m_apps ? m_apps->headerData(section, orientation, role) : QVariant();
    return QAbstractProxyModel::headerData(section, orientation, role);
}

void ApplicationFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    m_order = sortedRows();
    QList<int> rows;
    rows.reserve(m_shown.size());
    std::copy_if(m_order.cbegin(), m_order.cend(), std::back_inserter(rows),
                 [this](int row) { return m_proxyRowOf.at(row) >= 0; });
    show(std::move(rows));
    rememberOnlyShown();
}

void ApplicationFilterProxyModel::sourceReset()
{
    m_order = sortedRows();
    setShown(passing(m_order).rows);
    rememberOnlyShown();
    endResetModel();
}

void ApplicationFilterProxyModel::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                                    const QList<int>& roles)
{
    // The keychain's checks change how the Status column reads, no summary: judging every row again for them was a
    // pass over 100,000 rows, between two keystrokes, and forgot the rows remembered for Backspace.
    if (roles.isEmpty() || roles.contains(ApplicationTableModel::SortRole)) {
        if (m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column())
            m_order = sortedRows();
        show(passing(m_order).rows);
        rememberOnlyShown();
    }
    if (!m_shown.isEmpty())
        emit dataChanged(index(0, topLeft.column()), index(rowCount() - 1, bottomRight.column()), roles);
}

int ApplicationFilterProxyModel::sourceRowCount() const
{
    return m_apps ? m_apps->rowCount() : 0;
}

QList<int> ApplicationFilterProxyModel::sortedRows() const
{
    QList<int> rows(sourceRowCount());
    std::iota(rows.begin(), rows.end(), 0);
    if (m_sortColumn < 0 || rows.isEmpty())
        return rows;
    // Each row's key is worked out once, not at every comparison.
    const auto value = [this](int row) {
        return m_apps->data(m_apps->index(row, m_sortColumn), ApplicationTableModel::SortRole);
    };
    if (value(0).typeId() == QMetaType::QString) {
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::vector<QCollatorSortKey> keys;
        keys.reserve(rows.size());
        for (const int row : rows)
            keys.push_back(collator.sortKey(value(row).toString()));
        sortRows(rows, m_sortOrder, [&keys](int a, int b) { return keys[a].compare(keys[b]) < 0; });
        return rows;
    }
    std::vector<qint64> keys;
    keys.reserve(rows.size());
    for (const int row : rows)
        keys.push_back(numericSortKey(value(row)));
    sortRows(rows, m_sortOrder, [&keys](int a, int b) { return keys[a] < keys[b]; });
    return rows;
}

ApplicationFilterProxyModel::Passed ApplicationFilterProxyModel::passing(const QList<int>& candidates,
                                                                         const Passed* continued)
{
    if (!m_apps)
        return {};
    const QByteArray searched = AppFilter::foldForSearch(m_filter.searchText);
    const QDateTime now = m_apps->loadedAt();
    // Judged once, not for each of 100,000 rows (a sixth of a keystroke's pass).
    const bool filtersApartFromSearch = m_filter.filtersApartFromSearch();
    const bool keepingLeads = !searched.isEmpty() && candidates.size() <= sourceRowCount() / LeadsShareOfRows;
    Passed passed;
    passed.rows.reserve(candidates.size());
    if (!searched.isEmpty())
        passed.searchedAt.reserve(candidates.size());
    for (qsizetype index = 0; index < candidates.size(); ++index) {
        const int row = candidates[index];
        Found found;
        if (!searched.isEmpty()) {
            found = find(searched, candidates, continued, index, keepingLeads);
            if (found.at < 0)
                continue;
        }
        if (filtersApartFromSearch && !m_filter.matchesApartFromSearch(m_apps->row(row), now))
            continue;
        passed.rows.append(row);
        if (searched.isEmpty())
            continue;
        passed.searchedAt.append(int(found.at));
        if (keepingLeads)
            passed.leads.append(found.lead);
    }
    return passed;
}

ApplicationFilterProxyModel::Found ApplicationFilterProxyModel::find(const QByteArray& searched,
                                                                     const QList<int>& candidates,
                                                                     const Passed* continued, qsizetype index,
                                                                     bool keepingLead) const
{
    const bool fromLeads = continued && continued->hasLeads();
    if (fromLeads && continued->leads[index].startsWith(searched))
        return {continued->searchedAt[index], continued->leads[index]};
    if (!fromLeads)
        prefetchAhead(candidates, continued, index);
    const qsizetype from = continued ? continued->searchedAt[index] : 0;
    const QByteArrayView text = m_apps->searchIndex().text(candidates[index]).sliced(from);
    const qsizetype found = AppSearchIndex::indexIn(text, searched);
    if (found < 0)
        return {-1, {}};
    return {from + found, keepingLead ? SearchLead::of(text.sliced(found)) : SearchLead()};
}

void ApplicationFilterProxyModel::prefetchAhead(const QList<int>& candidates, const Passed* continued,
                                                qsizetype index) const
{
    const qsizetype ahead = index + PrefetchedRows;
    if (ahead >= candidates.size())
        return;
    const qsizetype further = std::min(ahead + PrefetchedRows, candidates.size() - 1);
    m_apps->searchIndex().prefetch(candidates[ahead], continued ? continued->searchedAt[ahead] : 0,
                                   candidates[further]);
}

QList<int> ApplicationFilterProxyModel::passingRemembered()
{
    // A letter typed narrows the last filter, and can only hide rows: only that filter's rows need judging, and in
    // each, the text typed so far shows where to look (a letter that keeps 5,000 rows of 100,000 was 0.9 ms, most of
    // it a search through each row from its start). A letter taken back goes to a filter remembered on the way.
    while (!m_narrowing.isEmpty() && !m_filter.narrows(m_narrowing.last().first))
        m_narrowing.removeLast();
    if (!m_narrowing.isEmpty() && m_narrowing.last().first == m_filter)
        return m_narrowing.last().second.rows;
    Passed passed;
    if (m_narrowing.isEmpty()) {
        passed = passing(m_order);
    } else {
        const auto& [wider, widerPassed] = m_narrowing.last();
        const bool continuesWider =
            widerPassed.knowsWhereSearched() &&
            AppFilter::foldForSearch(m_filter.searchText).startsWith(AppFilter::foldForSearch(wider.searchText));
        passed = passing(widerPassed.rows, continuesWider ? &widerPassed : nullptr);
    }
    m_narrowing.append({m_filter, passed});
    qsizetype remembered = 0;
    for (const auto& [filter, rows] : m_narrowing)
        remembered += rows.rows.size();
    // The widest go first: they hold the most rows.
    while (remembered > qsizetype(RememberedRowsPerSourceRow) * sourceRowCount() && m_narrowing.size() > 1)
        remembered -= m_narrowing.takeFirst().second.rows.size();
    return passed.rows;
}

void ApplicationFilterProxyModel::rememberOnlyShown()
{
    m_narrowing = {{m_filter, {m_shown, {}, {}}}};
}

void ApplicationFilterProxyModel::show(QList<int> rows)
{
    // A letter that leaves the same rows costs the view nothing. (Two empty lists are compared apart: Qt 6.4 hands
    // memcmp the null data of an empty list, which UBSan rejects, and remembered filters may show none.)
    if (rows.size() == m_shown.size() && (rows.isEmpty() || rows == m_shown))
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex& index : before)
        sourceRows.append(m_shown.at(index.row()));
    setShown(std::move(rows));
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = m_proxyRowOf.at(sourceRows.at(i));
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ApplicationFilterProxyModel::setShown(QList<int> rows)
{
    m_shown = std::move(rows);
    m_proxyRowOf.fill(-1, sourceRowCount());
    for (qsizetype row = 0; row < m_shown.size(); ++row)
        m_proxyRowOf[m_shown.at(row)] = int(row);
}

} // namespace AppKeys
