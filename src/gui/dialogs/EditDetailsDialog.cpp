#include "EditDetailsDialog.h"

#include "AppDetailsForm.h"
#include "AppService.h"

#include <QPushButton>

namespace AppKeys {

namespace {
const QSize DefaultSize(900, 640);
}

EditDetailsDialog::EditDetailsDialog(const AppRecord& app, std::shared_ptr<AppService> apps,
                                     std::shared_ptr<const AppRepository> repository, QWidget* parent)
    : AppEditDialog(app, repository, parent), m_apps(std::move(apps)),
      m_form(new AppDetailsForm(repository, app.applicationId, this))
{
    setWindowTitle(tr("Edit details of “%1”").arg(app.details.name));
    m_form->setDetails(app.details);
    setForm(m_form);
    resize(DefaultSize);
    setSaveEnabled(m_form->isComplete());
    connect(m_form, &AppDetailsForm::completeChanged, this, [this] { setSaveEnabled(m_form->isComplete()); });
}

Status EditDetailsDialog::submit(int expectedRowVersion)
{
    return m_apps->editDetails(applicationId(), expectedRowVersion, m_form->details());
}

} // namespace AppKeys
