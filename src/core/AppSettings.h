#pragma once

#include "AlertOptions.h"
#include "FieldCheck.h"
#include "Status.h"

#include <QCoreApplication>
#include <memory>

class QSettings;

namespace AppKeys {

/// The non-secret settings of the Settings dialog, kept with QSettings. Secrets never come here: the webhook's
/// signing secret is in the keychain (WebhookSigningSecret).
///
/// Each setter checks its value with SettingsRules first and writes nothing when the check is invalid; the
/// FieldCheck it returns is the message for the field (a warning still writes). Each getter falls back to the
/// default when the stored value is missing or breaks the rules (a hand-edited file), except the webhook URL,
/// which is returned as stored so that whoever uses it reports what is wrong with it.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::AppSettings)

public:
    /// The program's own settings: QSettings of the organisation domain and application name that main() and the
    /// command line set ("appkeys.example", "AppKeys"), so the window and `appkeys alerts` read the same file.
    AppSettings();
    /// An INI file of its own, for tests.
    explicit AppSettings(const QString& iniFilePath);
    ~AppSettings();
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    /// Where the settings are kept, for messages.
    QString fileName() const;

    bool alertsEnabled() const;
    void setAlertsEnabled(bool enabled);
    /// Largest first.
    QList<int> alertThresholdDays() const;
    /// Stored largest first, whatever the order given.
    FieldCheck setAlertThresholdDays(QList<int> days);
    QString webhookUrl() const;
    /// Stored trimmed; empty turns the webhook off.
    FieldCheck setWebhookUrl(const QString& url);
    /// Everything the alerts run with, in one value.
    AlertOptions alertOptions() const;

    int defaultKeyLifetimeDays() const;
    FieldCheck setDefaultKeyLifetimeDays(int days);
    int rotationOverlapDays() const;
    FieldCheck setRotationOverlapDays(int days);
    int clipboardClearSeconds() const;
    FieldCheck setClipboardClearSeconds(int seconds);
    /// How long a keychain call may take (keychain/deadline_seconds; no dialog offers it): a keychain that does not
    /// answer in time fails the call instead of hanging the window or a timer's `appkeys alerts --send`.
    int keychainDeadlineSeconds() const;
    FieldCheck setKeychainDeadlineSeconds(int seconds);
    /// The registry to open when --database is not given (see Database::open); empty for the embedded default.
    /// Returned as stored, like the webhook URL, so that opening it reports what is wrong with a hand-edited one.
    /// Read at start: a change takes effect the next time the window or a command starts.
    QString registryLocation() const;
    /// Stored trimmed. A URL with a password is invalid and never written.
    FieldCheck setRegistryLocation(const QString& location);

    /// Writes what was set to the file now; an Error when the file cannot be written.
    Status save();

private:
    int checkedNumber(const QString& key, int defaultValue, FieldCheck (*check)(int)) const;

    std::unique_ptr<QSettings> m_settings;
};

} // namespace AppKeys
