#include "ApplicationFilterProxyModel.h"

#include "ApplicationTableModel.h"

namespace AppKeys {

ApplicationFilterProxyModel::ApplicationFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ApplicationTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ApplicationFilterProxyModel::setFilter(const AppFilter& filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool ApplicationFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* apps = qobject_cast<const ApplicationTableModel*>(sourceModel());
    if (!apps || sourceParent.isValid())
        return false;
    return m_filter.matches(apps->overview(sourceRow), apps->loadedAt());
}

} // namespace AppKeys
