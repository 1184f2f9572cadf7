#pragma once

#include "AppScope.h"
#include "IssuedCredentials.h"
#include "Result.h"

#include <QWizardPage>
#include <memory>

namespace Ui {
class ScopePage;
}

namespace AppKeys {

class AppDetailsPage;
class AppService;
class PermissionCatalogue;
class ScopeForm;

/// Page 2 of the wizard: the authentication method and the permissions. It is the commit page:
/// leaving it creates the app, so validatePage() starts the creation and moves on once it succeeded.
class ScopePage : public QWizardPage
{
    Q_OBJECT
public:
    ScopePage(std::shared_ptr<AppService> apps, std::shared_ptr<const PermissionCatalogue> catalogue,
              const AppDetailsPage* detailsPage, QWidget* parent = nullptr);
    ~ScopePage() override;

    AppScope scope() const;
    bool isComplete() const override;
    bool validatePage() override;
    bool isCreatingApp() const { return m_creatingApp; }

signals:
    /// The app exists now, in the keychain and the registry; the secret is in memory only.
    void appCreated(const AppKeys::IssuedApp& issuedApp);

private:
    void startCreatingApp();
    void finishCreatingApp(const Result<IssuedApp>& result);
    void setCreatingApp(bool creating);
    void showCreationError(const Error& error);

    std::unique_ptr<Ui::ScopePage> m_ui;
    ScopeForm* m_form;
    std::shared_ptr<AppService> m_apps;
    const AppDetailsPage* m_detailsPage;
    bool m_creatingApp = false;
    bool m_appCreated = false;
};

} // namespace AppKeys
