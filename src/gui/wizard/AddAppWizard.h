#pragma once

#include <QWizard>
#include <memory>

namespace AppKeys {

class AppDetailsPage;
class AppRepository;
class AppService;
class CredentialService;
class CredentialsPage;
class PermissionCatalogue;
class ScopePage;
class SecureClipboard;

/// "Add": registers one app in three pages (PRODUCT.md section 2). Leaving the scope page creates the
/// app; the last page shows its credentials and issues its first API key.
class AddAppWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        DetailsPageId,
        ScopePageId,
        CredentialsPageId
    };

    /// The API key of the last page lives `keyLifetimeDays` (AppSettings::defaultKeyLifetimeDays).
    AddAppWizard(std::shared_ptr<AppService> apps, std::shared_ptr<CredentialService> credentials,
                 std::shared_ptr<const AppRepository> repository, std::shared_ptr<const PermissionCatalogue> catalogue,
                 SecureClipboard* clipboard, int keyLifetimeDays, QWidget* parent = nullptr);

    /// Cancel, Escape and the window's close button: waits for a running create, and asks before leaving
    /// an app without an API key.
    void reject() override;

private:
    void confirmCloseWithoutApiKey();

    AppDetailsPage* m_detailsPage;
    ScopePage* m_scopePage;
    CredentialsPage* m_credentialsPage;
};

} // namespace AppKeys
