#pragma once

#include <QStringList>
#include <QTreeWidget>

namespace AppKeys {

class PermissionCatalogue;

/// The catalogue's API groups with their permissions as check boxes. A group's box is tri-state and
/// toggles all of its permissions; a filter hides what does not match without touching the selection.
class PermissionTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit PermissionTree(QWidget* parent = nullptr);

    void setCatalogue(const PermissionCatalogue& catalogue);
    /// Checked permission ids, sorted.
    QStringList selectedPermissionIds() const;
    int permissionCount() const;
    int selectedCount() const;
    /// Shows only the permissions whose group, name or id contains the text (case-insensitively).
    void setFilterText(const QString& text);

    QTreeWidgetItem* groupItem(const QString& groupId) const;
    QTreeWidgetItem* permissionItem(const QString& permissionId) const;

signals:
    void selectionChanged();

private:
    QList<QTreeWidgetItem*> permissionItems() const;
};

} // namespace AppKeys
