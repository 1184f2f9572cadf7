#pragma once

#include "AppFilter.h"

#include <QSortFilterProxyModel>

namespace AppKeys {

/// Filters and sorts an ApplicationTableModel. Which rows pass is AppFilter::matches() — the same rules as
/// `appkeys list` — judged at the moment the source model was loaded; sorting uses the model's SortRole.
class ApplicationFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ApplicationFilterProxyModel(QObject* parent = nullptr);

    void setFilter(const AppFilter& filter);
    const AppFilter& filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    AppFilter m_filter;
};

} // namespace AppKeys
