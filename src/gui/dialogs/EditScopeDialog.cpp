#include "EditScopeDialog.h"

#include "AppService.h"
#include "ScopeForm.h"

namespace AppKeys {

namespace {
const QSize DefaultSize(720, 640);
}

EditScopeDialog::EditScopeDialog(const AppRecord& app, std::shared_ptr<AppService> apps,
                                 std::shared_ptr<const AppRepository> repository, const PermissionCatalogue& catalogue,
                                 QWidget* parent)
    : AppEditDialog(app, std::move(repository), parent), m_apps(std::move(apps)), m_form(new ScopeForm(catalogue, this))
{
    setWindowTitle(tr("Edit scope of “%1”").arg(app.details.name));
    setForm(m_form);
    m_form->setScope(app.scope);
    resize(DefaultSize);
    connect(m_form, &ScopeForm::completeChanged, this, [this] { setSaveEnabled(m_form->isComplete()); });
    setSaveEnabled(m_form->isComplete());
}

AppScope EditScopeDialog::scope() const
{
    return m_form->scope();
}

Status EditScopeDialog::submit(int expectedRowVersion)
{
    return m_apps->editScope(applicationId(), expectedRowVersion, scope());
}

} // namespace AppKeys
