#pragma once

#include "AppEditDialog.h"
#include "AppScope.h"

class QLabel;
class QLineEdit;
class QRadioButton;

namespace AppKeys {

class AppLifecycleService;
class FieldMessageLabel;
class PermissionCatalogue;
class PermissionTree;

/// Edit scope: the authentication method and the permissions, as on the wizard's page 2, starting from the
/// app's current scope. At least one permission is required.
class EditScopeDialog : public AppEditDialog
{
    Q_OBJECT
public:
    EditScopeDialog(const AppRecord& app, std::shared_ptr<AppLifecycleService> lifecycle,
                    std::shared_ptr<const AppRepository> repository, const PermissionCatalogue& catalogue,
                    QWidget* parent = nullptr);

    AppScope scope() const;

protected:
    Status submit(int expectedRowVersion) override;

private:
    QWidget* createForm(const PermissionCatalogue& catalogue);
    void updateSelectionSummary();

    std::shared_ptr<AppLifecycleService> m_lifecycle;
    QRadioButton* m_apiKeyGroupsRadio = nullptr;
    QRadioButton* m_jwtGroupsRadio = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    PermissionTree* m_tree = nullptr;
    FieldMessageLabel* m_permissionMessage = nullptr;
    QLabel* m_countLabel = nullptr;
};

} // namespace AppKeys
