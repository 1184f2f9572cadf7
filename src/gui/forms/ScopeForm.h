#pragma once

#include "AppScope.h"

#include <QWidget>
#include <memory>

namespace Ui {
class ScopeForm;
}

namespace AppKeys {

class PermissionCatalogue;

/// How an app authenticates and what it may do: the auth method, and the catalogue's permissions in a tree with a
/// filter, a count and a message when none is chosen. Page 2 of the wizard and the Edit scope dialog.
class ScopeForm : public QWidget
{
    Q_OBJECT
public:
    explicit ScopeForm(const PermissionCatalogue& catalogue, QWidget* parent = nullptr);
    ~ScopeForm() override;

    AppScope scope() const;
    void setScope(const AppScope& scope);
    /// At least one permission is chosen.
    bool isComplete() const;

signals:
    void completeChanged();

private:
    void updateSelectionSummary();

    std::unique_ptr<Ui::ScopeForm> m_ui;
};

} // namespace AppKeys
