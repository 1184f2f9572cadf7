#pragma once

#include "FieldCheck.h"
#include "Result.h"
#include "Status.h"
#include "WebhookSigningSecret.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace AppKeys {

class AppSettings;
class FieldMessageLabel;
class SecretStore;
class SecureClipboard;

/// File > Settings: the registry to open at the next start (PRODUCT.md section 7), expiry alerts (on/off,
/// thresholds, webhook URL and its signing secret), the default key lifetime, the rotation overlap and the
/// clipboard's clear delay (PRODUCT.md sections 4, 5, 9). Each value is
/// checked with SettingsRules as it is typed, with the message under the field; OK stays disabled while any value
/// is invalid. The signing secret goes to the keychain only; an empty field leaves the stored one as it is.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(std::shared_ptr<AppSettings> settings, std::shared_ptr<SecretStore> secrets,
                   const QString& registryId, SecureClipboard* clipboard, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    /// Ignored while the settings are being saved, so a keychain answer never arrives to a closed dialog.
    void reject() override;

signals:
    /// The settings were written and the clipboard's delay applied; whoever runs the alerts reloads its options.
    void settingsSaved();

private:
    enum class StoredSecret
    {
        Unknown,
        Present,
        Missing
    };

    void fillKeyLifetimeChoices();
    void loadValues();
    void connectFields();
    void readStoredSigningSecret();
    void showStoredSigningSecret(const Result<QString>& stored);

    void checkRegistryLocation();
    void checkThresholds();
    void checkWebhookUrl();
    void checkSigningSecret();
    FieldCheck signingSecretCheck() const;
    void checkKeyLifetime();
    void checkRotationOverlap();
    void checkClipboardClear();
    void showCheck(FieldCheck& field, const FieldCheck& check, FieldMessageLabel* label);
    void updateOkButton();

    int keyLifetimeDays() const;
    void showSecret(bool shown);
    void markSecretForRemoval(bool remove);

    void save();
    void storeSigningSecret(SecretStore::StatusCallback done);
    void finishSaving(const Status& secretStored);
    Status writeSettings();
    void setSaving(bool saving);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    std::shared_ptr<AppSettings> m_settings;
    WebhookSigningSecret m_signingSecret;
    SecureClipboard* m_clipboard;
    StoredSecret m_storedSecret = StoredSecret::Unknown;
    bool m_saving = false;

    FieldCheck m_registryLocationCheck;
    FieldCheck m_thresholdsCheck;
    FieldCheck m_webhookUrlCheck;
    FieldCheck m_signingSecretCheck;
    FieldCheck m_keyLifetimeCheck;
    FieldCheck m_rotationOverlapCheck;
    FieldCheck m_clipboardClearCheck;
};

} // namespace AppKeys
