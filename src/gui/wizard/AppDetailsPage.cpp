#include "AppDetailsPage.h"

#include "AppDetailsForm.h"

#include <QVBoxLayout>

namespace AppKeys {

AppDetailsPage::AppDetailsPage(std::shared_ptr<const AppRepository> repository, QWidget* parent)
    : QWizardPage(parent), m_form(new AppDetailsForm(std::move(repository), {}, this))
{
    setTitle(tr("App details"));
    setSubTitle(tr("Describe the app: one app per use case. All fields except Description and the redirect URLs are "
                   "required."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);
    connect(m_form, &AppDetailsForm::completeChanged, this, &QWizardPage::completeChanged);
}

AppDetails AppDetailsPage::details() const
{
    return m_form->details();
}

bool AppDetailsPage::isComplete() const
{
    return m_form->isComplete();
}

} // namespace AppKeys
