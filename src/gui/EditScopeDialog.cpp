#include "EditScopeDialog.h"

#include "AppLifecycleService.h"
#include "FieldMessageLabel.h"
#include "PermissionCatalogue.h"
#include "PermissionTree.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {
const QSize DefaultSize(720, 640);
}

EditScopeDialog::EditScopeDialog(const AppRecord& app, std::shared_ptr<AppLifecycleService> lifecycle,
                                 std::shared_ptr<const AppRepository> repository, const PermissionCatalogue& catalogue,
                                 QWidget* parent)
    : AppEditDialog(app, std::move(repository), parent), m_lifecycle(std::move(lifecycle))
{
    setWindowTitle(tr("Edit scope of “%1”").arg(app.details.name));
    setForm(createForm(catalogue));
    (app.scope.authMethod == AuthMethod::JwtGroups ? m_jwtGroupsRadio : m_apiKeyGroupsRadio)->setChecked(true);
    m_tree->setSelectedPermissionIds(app.scope.permissionIds);
    resize(DefaultSize);
    connect(m_filterEdit, &QLineEdit::textChanged, m_tree, &PermissionTree::setFilterText);
    connect(m_tree, &PermissionTree::selectionChanged, this, &EditScopeDialog::updateSelectionSummary);
    updateSelectionSummary();
}

QWidget* EditScopeDialog::createForm(const PermissionCatalogue& catalogue)
{
    auto* form = new QWidget(this);
    auto* authBox = new QGroupBox(tr("Authentication method"), form);
    m_apiKeyGroupsRadio = new QRadioButton(displayName(AuthMethod::ApiKeyGroups), authBox);
    m_apiKeyGroupsRadio->setObjectName(u"apiKeyGroupsRadio"_s);
    m_jwtGroupsRadio = new QRadioButton(displayName(AuthMethod::JwtGroups), authBox);
    m_jwtGroupsRadio->setObjectName(u"jwtGroupsRadio"_s);
    auto* authLayout = new QHBoxLayout(authBox);
    authLayout->addWidget(m_apiKeyGroupsRadio);
    authLayout->addWidget(m_jwtGroupsRadio);
    authLayout->addStretch();

    m_filterEdit = new QLineEdit(form);
    m_filterEdit->setObjectName(u"filterEdit"_s);
    m_filterEdit->setAccessibleName(tr("Filter permissions"));
    m_filterEdit->setPlaceholderText(tr("Group, permission or ID"));
    m_filterEdit->setClearButtonEnabled(true);
    auto* filterLabel = new QLabel(tr("&Filter"), form);
    filterLabel->setBuddy(m_filterEdit);
    m_tree = new PermissionTree(form);
    m_tree->setObjectName(u"permissionTree"_s);
    m_tree->setAccessibleName(tr("Permissions"));
    m_tree->setCatalogue(catalogue);
    auto* treeLabel = new QLabel(tr("&Permissions"), form);
    treeLabel->setBuddy(m_tree);
    m_permissionMessage = new FieldMessageLabel(form);
    m_permissionMessage->setObjectName(u"permissionMessage"_s);
    m_countLabel = new QLabel(form);
    m_countLabel->setObjectName(u"selectionCountLabel"_s);

    auto* header = new QHBoxLayout;
    header->addWidget(treeLabel);
    header->addStretch();
    header->addWidget(filterLabel);
    header->addWidget(m_filterEdit);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_permissionMessage, 1);
    footer->addWidget(m_countLabel);
    auto* layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(authBox);
    layout->addLayout(header);
    layout->addWidget(m_tree, 1);
    layout->addLayout(footer);
    return form;
}

AppScope EditScopeDialog::scope() const
{
    return {m_jwtGroupsRadio->isChecked() ? AuthMethod::JwtGroups : AuthMethod::ApiKeyGroups,
            m_tree->selectedPermissionIds()};
}

Status EditScopeDialog::submit(int expectedRowVersion)
{
    return m_lifecycle->editScope(applicationId(), expectedRowVersion, scope());
}

void EditScopeDialog::updateSelectionSummary()
{
    const int selected = m_tree->selectedCount();
    m_countLabel->setText(tr("%1 of %2 permissions selected").arg(selected).arg(m_tree->permissionCount()));
    m_permissionMessage->showCheck(selected > 0 ? FieldCheck::ok()
                                                : FieldCheck::invalid(tr("Select at least one permission.")));
    setSaveEnabled(selected > 0);
}

} // namespace AppKeys
