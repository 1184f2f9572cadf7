#pragma once

#include "IssuedCredentials.h"
#include "Result.h"

#include <QWizardPage>
#include <memory>

namespace Ui {
class CredentialsPage;
}

class QLineEdit;

namespace AppKeys {

class CredentialService;
class SecureClipboard;

/// Page 3 of the wizard: the Application ID and secret of the app just created, each with a Copy button,
/// and Generate API Key. Finish is enabled once the key exists. The secret and the key are shown in SecretFields:
/// their Copy buttons are the only way to copy them.
class CredentialsPage : public QWizardPage
{
    Q_OBJECT
public:
    /// The API key generated here lives `keyLifetimeDays` (AppSettings::defaultKeyLifetimeDays).
    CredentialsPage(std::shared_ptr<CredentialService> credentials, SecureClipboard* clipboard, int keyLifetimeDays,
                    QWidget* parent = nullptr);
    ~CredentialsPage() override;

    void showIssuedApp(const IssuedApp& issuedApp);
    bool isComplete() const override;
    bool hasApiKey() const { return m_hasApiKey; }
    bool isGeneratingApiKey() const { return m_generatingApiKey; }

private:
    void generateApiKey();
    void finishGeneratingApiKey(const Result<IssuedKey>& result);
    void setGeneratingApiKey(bool generating);
    QString keyLifetimeNote() const;
    void showApiKeyError(const Error& error);
    void showClipboardCountdown(int secondsLeft);
    void copyApplicationId();
    void setApiKeyRowVisible(bool visible);
    static void showMonospaced(QLineEdit* edit);

    std::unique_ptr<Ui::CredentialsPage> m_ui;
    std::shared_ptr<CredentialService> m_credentials;
    SecureClipboard* m_clipboard;
    int m_keyLifetimeDays;
    QString m_applicationId;
    bool m_generatingApiKey = false;
    bool m_hasApiKey = false;
};

} // namespace AppKeys
