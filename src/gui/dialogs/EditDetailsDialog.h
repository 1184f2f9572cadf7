#pragma once

#include "AppEditDialog.h"

namespace AppKeys {

class AppDetailsForm;
class AppService;

/// Edit details: the wizard's page-1 form, filled with the app's details, checked by the same rules; the app's
/// own name does not count as taken.
class EditDetailsDialog : public AppEditDialog
{
    Q_OBJECT
public:
    EditDetailsDialog(const AppRecord& app, std::shared_ptr<AppService> apps,
                      std::shared_ptr<const AppRepository> repository, QWidget* parent = nullptr);

    AppDetailsForm* form() const { return m_form; }

protected:
    Status submit(int expectedRowVersion) override;

private:
    std::shared_ptr<AppService> m_apps;
    AppDetailsForm* m_form;
};

} // namespace AppKeys
