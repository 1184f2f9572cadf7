#include "AuditTableLayout.h"

#include "AuditTableModel.h"

#include <QHeaderView>
#include <QTableView>

namespace AppKeys {

void AuditTableLayout::apply(QTableView* view, AuditTableModel* model)
{
    view->setModel(model);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AuditTableModel::DetailsColumn, QHeaderView::Stretch);
    header->setSortIndicator(AuditTableModel::SequenceColumn, Qt::DescendingOrder);
    view->setSortingEnabled(true);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, view, [header, model](int column) {
        if (AuditTableModel::sortsBy(column))
            return;
        const QSignalBlocker blocker(header);
        header->setSortIndicator(model->sortColumn(), model->sortOrder());
    });
}

} // namespace AppKeys
