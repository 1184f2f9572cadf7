#pragma once

#include "AppEditDialog.h"
#include "AppScope.h"

namespace AppKeys {

class AppService;
class PermissionCatalogue;
class ScopeForm;

/// Edit scope: the authentication method and the permissions, in the wizard's page-2 form (ScopeForm), starting
/// from the app's current scope. At least one permission is required.
class EditScopeDialog : public AppEditDialog
{
    Q_OBJECT
public:
    EditScopeDialog(const AppRecord& app, std::shared_ptr<AppService> apps,
                    std::shared_ptr<const AppRepository> repository, const PermissionCatalogue& catalogue,
                    QWidget* parent = nullptr);

    AppScope scope() const;

protected:
    Status submit(int expectedRowVersion) override;

private:
    std::shared_ptr<AppService> m_apps;
    ScopeForm* m_form;
};

} // namespace AppKeys
