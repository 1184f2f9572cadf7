#pragma once

#include "AppFilter.h"

#include <QWidget>
#include <memory>

namespace Ui {
class AppFilterBar;
}

class QComboBox;

namespace AppKeys {

class PermissionCatalogue;

/// The search box and filters above the apps table, and the "N of M apps" count. It only collects the choices
/// into an AppFilter; ApplicationFilterProxyModel applies them.
class AppFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit AppFilterBar(QWidget* parent = nullptr);
    ~AppFilterBar() override;

    /// The API group choices come from the catalogue.
    void setCatalogue(const PermissionCatalogue& catalogue);
    AppFilter filter() const;
    /// "3 of 10 apps"; while the table still reads the registry (`complete` false), "3 of the first 1000 apps".
    void setCounts(int shown, int total, bool complete = true);
    /// Ctrl+F: puts the cursor in the search box with its text selected.
    void focusSearch();
    void clearFilters();

signals:
    void filterChanged();

private:
    void fillChoices();
    void announceChange();
    QList<QComboBox*> combos() const;

    std::unique_ptr<Ui::AppFilterBar> m_ui;
};

} // namespace AppKeys
