#include "AppSettings.h"

#include "KeyRules.h"
#include "SettingsRules.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {
const QString AlertsEnabledKey = u"alerts/enabled"_s;
const QString ThresholdDaysKey = u"alerts/threshold_days"_s;
const QString WebhookUrlKey = u"alerts/webhook_url"_s;
const QString KeyLifetimeKey = u"keys/default_lifetime_days"_s;
const QString RotationOverlapKey = u"keys/rotation_overlap_days"_s;
const QString ClipboardClearKey = u"clipboard/clear_seconds"_s;
const QString KeychainDeadlineKey = u"keychain/deadline_seconds"_s;
const QString RegistryLocationKey = u"registry/location"_s;
} // namespace

AppSettings::AppSettings() : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString& iniFilePath)
    : m_settings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

bool AppSettings::alertsEnabled() const
{
    return m_settings->value(AlertsEnabledKey, true).toBool();
}

void AppSettings::setAlertsEnabled(bool enabled)
{
    m_settings->setValue(AlertsEnabledKey, enabled);
}

QList<int> AppSettings::alertThresholdDays() const
{
    const QStringList stored = m_settings->value(ThresholdDaysKey).toStringList();
    if (stored.isEmpty())
        return SettingsRules::defaultThresholdDays();
    const Result<QList<int>> days = SettingsRules::parseThresholdDays(stored.join(u','));
    return days ? days.value() : SettingsRules::defaultThresholdDays();
}

FieldCheck AppSettings::setAlertThresholdDays(QList<int> days)
{
    const FieldCheck check = SettingsRules::checkThresholdDays(days);
    if (!check.isValid())
        return check;
    std::sort(days.begin(), days.end(), std::greater<int>());
    QStringList stored;
    for (const int day : days)
        stored.append(QString::number(day));
    m_settings->setValue(ThresholdDaysKey, stored);
    return check;
}

QString AppSettings::webhookUrl() const
{
    return m_settings->value(WebhookUrlKey).toString();
}

FieldCheck AppSettings::setWebhookUrl(const QString& url)
{
    const FieldCheck check = SettingsRules::checkWebhookUrl(url);
    if (check.isValid())
        m_settings->setValue(WebhookUrlKey, url.trimmed());
    return check;
}

AlertOptions AppSettings::alertOptions() const
{
    return {alertsEnabled(), alertThresholdDays(), webhookUrl()};
}

int AppSettings::defaultKeyLifetimeDays() const
{
    return checkedNumber(KeyLifetimeKey, KeyRules::DefaultLifetimeDays, &SettingsRules::checkKeyLifetimeDays);
}

FieldCheck AppSettings::setDefaultKeyLifetimeDays(int days)
{
    const FieldCheck check = SettingsRules::checkKeyLifetimeDays(days);
    if (check.isValid())
        m_settings->setValue(KeyLifetimeKey, days);
    return check;
}

int AppSettings::rotationOverlapDays() const
{
    return checkedNumber(RotationOverlapKey, KeyRules::DefaultRotationOverlapDays,
                         &SettingsRules::checkRotationOverlapDays);
}

FieldCheck AppSettings::setRotationOverlapDays(int days)
{
    const FieldCheck check = SettingsRules::checkRotationOverlapDays(days);
    if (check.isValid())
        m_settings->setValue(RotationOverlapKey, days);
    return check;
}

int AppSettings::clipboardClearSeconds() const
{
    return checkedNumber(ClipboardClearKey, SettingsRules::DefaultClipboardClearSeconds,
                         &SettingsRules::checkClipboardClearSeconds);
}

FieldCheck AppSettings::setClipboardClearSeconds(int seconds)
{
    const FieldCheck check = SettingsRules::checkClipboardClearSeconds(seconds);
    if (check.isValid())
        m_settings->setValue(ClipboardClearKey, seconds);
    return check;
}

int AppSettings::keychainDeadlineSeconds() const
{
    return checkedNumber(KeychainDeadlineKey, SettingsRules::DefaultKeychainDeadlineSeconds,
                         &SettingsRules::checkKeychainDeadlineSeconds);
}

FieldCheck AppSettings::setKeychainDeadlineSeconds(int seconds)
{
    const FieldCheck check = SettingsRules::checkKeychainDeadlineSeconds(seconds);
    if (check.isValid())
        m_settings->setValue(KeychainDeadlineKey, seconds);
    return check;
}

QString AppSettings::registryLocation() const
{
    return m_settings->value(RegistryLocationKey).toString();
}

FieldCheck AppSettings::setRegistryLocation(const QString& location)
{
    const FieldCheck check = SettingsRules::checkRegistryLocation(location);
    if (check.isValid())
        m_settings->setValue(RegistryLocationKey, location.trimmed());
    return check;
}

Status AppSettings::save()
{
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return {};
    return Error{tr("Could not save the settings to “%1”.").arg(m_settings->fileName()),
                 tr("Check that the folder exists and that the file is writable.")};
}

int AppSettings::checkedNumber(const QString& key, int defaultValue, FieldCheck (*check)(int)) const
{
    bool isNumber = false;
    const int value = m_settings->value(key).toInt(&isNumber);
    return isNumber && check(value).isValid() ? value : defaultValue;
}

} // namespace AppKeys
