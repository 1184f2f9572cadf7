#include "ScopeForm.h"

#include "PermissionCatalogue.h"
#include "ui_ScopeForm.h"

namespace AppKeys {

ScopeForm::ScopeForm(const PermissionCatalogue& catalogue, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ScopeForm>())
{
    m_ui->setupUi(this);
    m_ui->apiKeyGroupsRadio->setText(displayName(AuthMethod::ApiKeyGroups));
    m_ui->jwtGroupsRadio->setText(displayName(AuthMethod::JwtGroups));
    m_ui->apiKeyGroupsRadio->setAccessibleDescription(m_ui->apiKeyGroupsExplanation->text());
    m_ui->jwtGroupsRadio->setAccessibleDescription(m_ui->jwtGroupsExplanation->text());
    m_ui->permissionTree->setCatalogue(catalogue);
    setFocusProxy(m_ui->apiKeyGroupsRadio);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_ui->permissionTree, &PermissionTree::setFilterText);
    connect(m_ui->permissionTree, &PermissionTree::selectionChanged, this, &ScopeForm::updateSelectionSummary);
    updateSelectionSummary();
}

ScopeForm::~ScopeForm() = default;

AppScope ScopeForm::scope() const
{
    return {m_ui->jwtGroupsRadio->isChecked() ? AuthMethod::JwtGroups : AuthMethod::ApiKeyGroups,
            m_ui->permissionTree->selectedPermissionIds()};
}

void ScopeForm::setScope(const AppScope& scope)
{
    (scope.authMethod == AuthMethod::JwtGroups ? m_ui->jwtGroupsRadio : m_ui->apiKeyGroupsRadio)->setChecked(true);
    m_ui->permissionTree->setSelectedPermissionIds(scope.permissionIds);
}

bool ScopeForm::isComplete() const
{
    return m_ui->permissionTree->selectedCount() > 0;
}

void ScopeForm::updateSelectionSummary()
{
    const int selected = m_ui->permissionTree->selectedCount();
    m_ui->selectionCountLabel->setText(
        tr("%1 of %2 permissions selected").arg(selected).arg(m_ui->permissionTree->permissionCount()));
    m_ui->permissionMessage->showCheck(selected > 0 ? FieldCheck::ok()
                                                    : FieldCheck::invalid(tr("Select at least one permission.")));
    emit completeChanged();
}

} // namespace AppKeys
