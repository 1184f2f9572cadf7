#pragma once

#include "FieldCheck.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

namespace AppKeys {

/// The rules for the values of the Settings dialog (PRODUCT.md sections 4, 5, 9), shared by the dialog's inline
/// messages, AppSettings' setters and the command line. Pure functions, Qt Core only.
class SettingsRules
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::SettingsRules)

public:
    static constexpr int MinThresholdDays = 1;
    static constexpr int MaxThresholdDays = 365;
    static constexpr int MaxThresholdCount = 10;

    static constexpr int MinClipboardClearSeconds = 5;
    static constexpr int MaxClipboardClearSeconds = 300;
    static constexpr int DefaultClipboardClearSeconds = 30;

    /// How long a keychain call may take before AppKeys gives up on it (PRODUCT.md section 7).
    static constexpr int MinKeychainDeadlineSeconds = 1;
    static constexpr int MaxKeychainDeadlineSeconds = 300;
    static constexpr int DefaultKeychainDeadlineSeconds = 30;

    /// 30, 7, 1
    static QList<int> defaultThresholdDays();
    /// The lifetimes offered as choices: 30, 90, 180, 365 days (any other day count up to 730 is allowed too).
    static QList<int> keyLifetimePresetDays();

    /// At least one, at most MaxThresholdCount, each MinThresholdDays..MaxThresholdDays, no day count twice.
    static FieldCheck checkThresholdDays(const QList<int>& days);
    /// Day counts as typed in the dialog or on the command line ("30, 7, 1" or "30 7 1"), checked, largest first.
    /// The Error's message is the one to show next to the field.
    static Result<QList<int>> parseThresholdDays(const QString& text);
    /// "30, 7, 1": what parseThresholdDays reads back.
    static QString thresholdDaysText(const QList<int>& days);
    /// Empty means "no webhook" and is fine. Otherwise an absolute http(s) URL with a host and no user name or
    /// password (they would end up in the settings file); http to a host other than this computer is a warning.
    static FieldCheck checkWebhookUrl(const QString& url);
    static FieldCheck checkKeyLifetimeDays(int days);
    static FieldCheck checkRotationOverlapDays(int days);
    static FieldCheck checkClipboardClearSeconds(int seconds);
    static FieldCheck checkKeychainDeadlineSeconds(int seconds);
    /// The registry the program opens when --database is not given (PRODUCT.md section 7). Empty means the
    /// embedded default and is fine. Otherwise an absolute SQLite file path, sqlite:///absolute/path, or
    /// postgresql://role@host[:port]/database[?sslmode=…] without a password (that goes to the keychain). A path
    /// with no file yet is fine, with a note that the window creates the registry there.
    static FieldCheck checkRegistryLocation(const QString& location);
};

} // namespace AppKeys
