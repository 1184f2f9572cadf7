#pragma once

#include "AppDetails.h"

#include <QWizardPage>
#include <memory>

namespace AppKeys {

class AppDetailsForm;
class AppRepository;

/// Page 1 of the wizard: the app's details in an AppDetailsForm; Next waits until the form is complete.
class AppDetailsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit AppDetailsPage(std::shared_ptr<const AppRepository> repository, QWidget* parent = nullptr);

    AppDetails details() const;
    bool isComplete() const override;

private:
    AppDetailsForm* m_form;
};

} // namespace AppKeys
