#pragma once

#include <QStringList>
#include <QTreeWidget>

namespace AppKeys {

class PermissionCatalogue;

/// The catalogue's API groups with their permissions as check boxes. A group's box is tri-state and
/// toggles all of its permissions; a filter hides what does not match without touching the selection.
/// Read-only, it shows an app's scope: only the granted permissions, which cannot be toggled.
class PermissionTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit PermissionTree(QWidget* parent = nullptr);

    void setCatalogue(const PermissionCatalogue& catalogue);
    /// Checked permission ids, sorted.
    QStringList selectedPermissionIds() const;
    /// Checks exactly these permissions (unknown ids are ignored).
    void setSelectedPermissionIds(const QStringList& permissionIds);
    void setReadOnly(bool readOnly);
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
    Qt::ItemFlags groupFlags() const;
    Qt::ItemFlags permissionFlags() const;
    void applyFlags();
    /// Read-only, what was not granted is hidden.
    void showOnlySelected();

    bool m_readOnly = false;
};

} // namespace AppKeys
