#include "PermissionTree.h"

#include "PermissionCatalogue.h"

#include <QHeaderView>

namespace AppKeys {

namespace {
enum Column
{
    NameColumn,
    IdColumn
};

bool matches(const QTreeWidgetItem* item, const QString& text)
{
    return item->text(NameColumn).contains(text, Qt::CaseInsensitive) ||
           item->text(IdColumn).contains(text, Qt::CaseInsensitive);
}
} // namespace

PermissionTree::PermissionTree(QWidget* parent) : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("API group / permission"), tr("ID")});
    header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(IdColumn, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    setUniformRowHeights(true);
    connect(this, &QTreeWidget::itemChanged, this, &PermissionTree::selectionChanged);
}

void PermissionTree::setCatalogue(const PermissionCatalogue& catalogue)
{
    const QSignalBlocker blocker(this);
    clear();
    // The ids are secondary information, for admins who know the API.
    const QBrush idBrush = palette().brush(QPalette::PlaceholderText);
    for (const PermissionGroup& group : catalogue.groups()) {
        auto* groupItem = new QTreeWidgetItem(this, {group.name, group.id});
        groupItem->setForeground(IdColumn, idBrush);
        groupItem->setFlags(groupFlags());
        for (const Permission& permission : group.permissions) {
            auto* item = new QTreeWidgetItem(groupItem, {permission.name, permission.id});
            item->setForeground(IdColumn, idBrush);
            item->setFlags(permissionFlags());
            item->setCheckState(NameColumn, Qt::Unchecked);
        }
        groupItem->setCheckState(NameColumn, Qt::Unchecked);
    }
    expandAll();
    showOnlySelected();
    emit selectionChanged();
}

void PermissionTree::setSelectedPermissionIds(const QStringList& permissionIds)
{
    {
        const QSignalBlocker blocker(this);
        for (QTreeWidgetItem* item : permissionItems())
            item->setCheckState(NameColumn, permissionIds.contains(item->text(IdColumn)) ? Qt::Checked : Qt::Unchecked);
    }
    showOnlySelected();
    emit selectionChanged();
}

void PermissionTree::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    applyFlags();
    if (m_readOnly)
        showOnlySelected();
    else
        setFilterText({});
}

QStringList PermissionTree::selectedPermissionIds() const
{
    QStringList ids;
    for (const QTreeWidgetItem* item : permissionItems()) {
        if (item->checkState(NameColumn) == Qt::Checked)
            ids.append(item->text(IdColumn));
    }
    ids.sort();
    return ids;
}

int PermissionTree::permissionCount() const
{
    return int(permissionItems().size());
}

int PermissionTree::selectedCount() const
{
    return int(selectedPermissionIds().size());
}

void PermissionTree::setFilterText(const QString& text)
{
    const QString needle = text.trimmed();
    for (int groupRow = 0; groupRow < topLevelItemCount(); ++groupRow) {
        QTreeWidgetItem* group = topLevelItem(groupRow);
        const bool groupMatches = needle.isEmpty() || matches(group, needle);
        bool anyPermissionShown = false;
        for (int row = 0; row < group->childCount(); ++row) {
            QTreeWidgetItem* permission = group->child(row);
            const bool shown = groupMatches || matches(permission, needle);
            permission->setHidden(!shown);
            anyPermissionShown = anyPermissionShown || shown;
        }
        group->setHidden(!anyPermissionShown);
    }
}

QTreeWidgetItem* PermissionTree::groupItem(const QString& groupId) const
{
    for (int row = 0; row < topLevelItemCount(); ++row) {
        if (topLevelItem(row)->text(IdColumn) == groupId)
            return topLevelItem(row);
    }
    return nullptr;
}

QTreeWidgetItem* PermissionTree::permissionItem(const QString& permissionId) const
{
    for (QTreeWidgetItem* item : permissionItems()) {
        if (item->text(IdColumn) == permissionId)
            return item;
    }
    return nullptr;
}

Qt::ItemFlags PermissionTree::groupFlags() const
{
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsAutoTristate;
    return m_readOnly ? flags : flags | Qt::ItemIsUserCheckable;
}

Qt::ItemFlags PermissionTree::permissionFlags() const
{
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return m_readOnly ? flags : flags | Qt::ItemIsUserCheckable;
}

void PermissionTree::applyFlags()
{
    const QSignalBlocker blocker(this);
    for (int groupRow = 0; groupRow < topLevelItemCount(); ++groupRow) {
        QTreeWidgetItem* group = topLevelItem(groupRow);
        group->setFlags(groupFlags());
        for (int row = 0; row < group->childCount(); ++row)
            group->child(row)->setFlags(permissionFlags());
    }
}

void PermissionTree::showOnlySelected()
{
    if (!m_readOnly)
        return;
    for (int groupRow = 0; groupRow < topLevelItemCount(); ++groupRow) {
        QTreeWidgetItem* group = topLevelItem(groupRow);
        bool anyGranted = false;
        for (int row = 0; row < group->childCount(); ++row) {
            QTreeWidgetItem* permission = group->child(row);
            const bool granted = permission->checkState(NameColumn) == Qt::Checked;
            permission->setHidden(!granted);
            anyGranted = anyGranted || granted;
        }
        group->setHidden(!anyGranted);
    }
}

QList<QTreeWidgetItem*> PermissionTree::permissionItems() const
{
    QList<QTreeWidgetItem*> items;
    for (int groupRow = 0; groupRow < topLevelItemCount(); ++groupRow) {
        const QTreeWidgetItem* group = topLevelItem(groupRow);
        for (int row = 0; row < group->childCount(); ++row)
            items.append(group->child(row));
    }
    return items;
}

} // namespace AppKeys
