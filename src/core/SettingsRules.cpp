#include "SettingsRules.h"

#include "KeyRules.h"
#include "PostgresLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

FieldCheck checkRange(int value, int minimum, int maximum, const QString& outOfRangeMessage)
{
    if (value >= minimum && value <= maximum)
        return FieldCheck::ok();
    return FieldCheck::invalid(outOfRangeMessage.arg(value).arg(minimum).arg(maximum));
}

bool isThisComputer(const QString& host)
{
    static const QRegularExpression ipv4Loopback(u"^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"_s);
    return host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || host == u"::1"_s ||
           ipv4Loopback.match(host).hasMatch();
}

/// The scheme of `location` when it is written as a URL (scheme://…); empty for a file path, even C:\path.
QString urlSchemeOf(const QString& location)
{
    static const QRegularExpression urlScheme(u"^([A-Za-z][A-Za-z0-9+.-]*)://"_s);
    return urlScheme.match(location).captured(1).toLower();
}

FieldCheck checkPostgresUrl(const QString& text)
{
    if (PostgresLocation::hasPassword(text))
        return FieldCheck::invalid(
            SettingsRules::tr("Remove the password from the URL: it does not go into the settings file. AppKeys asks "
                              "for it when it connects (or run appkeys login) and keeps it in the keychain."));
    if (!PostgresLocation::parse(text))
        return FieldCheck::invalid(SettingsRules::tr("Write a PostgreSQL registry as postgresql://role@host:port/"
                                                     "database, for example "
                                                     "postgresql://appkeys_admin@db.example.com:5432/appkeys."));
    return FieldCheck::ok();
}

FieldCheck checkSqlitePath(const QString& path)
{
    if (!QDir::isAbsolutePath(path))
        return FieldCheck::invalid(
            SettingsRules::tr("Give the full path of the SQLite file, for example /srv/appkeys/registry.sqlite."));
    const QFileInfo file(path);
    if (file.isDir())
        return FieldCheck::invalid(SettingsRules::tr("“%1” is a folder: add the registry's file name.").arg(path));
    if (!file.exists())
        return {FieldCheck::Severity::Ok,
                SettingsRules::tr("There is no file here yet: the window creates a new registry at the next start.")};
    return FieldCheck::ok();
}

} // namespace

QList<int> SettingsRules::defaultThresholdDays()
{
    return {30, 7, 1};
}

QList<int> SettingsRules::keyLifetimePresetDays()
{
    return {30, 90, 180, 365};
}

FieldCheck SettingsRules::checkThresholdDays(const QList<int>& days)
{
    if (days.isEmpty())
        return FieldCheck::invalid(tr("Enter at least one number of days before expiry, for example 30, 7, 1."));
    if (days.size() > MaxThresholdCount)
        return FieldCheck::invalid(
            tr("At most %1 alert thresholds are allowed; this list has %2.").arg(MaxThresholdCount).arg(days.size()));
    QSet<int> seen;
    for (const int day : days) {
        if (const FieldCheck range =
                checkRange(day, MinThresholdDays, MaxThresholdDays,
                           tr("%1 days is not a valid alert threshold: use %2 to %3 days before expiry."));
            !range.isValid())
            return range;
        if (seen.contains(day))
            return FieldCheck::invalid(tr("%1 days is in the list twice.").arg(day));
        seen.insert(day);
    }
    return FieldCheck::ok();
}

Result<QList<int>> SettingsRules::parseThresholdDays(const QString& text)
{
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    QList<int> days;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        bool isNumber = false;
        const int day = part.toInt(&isNumber);
        if (!isNumber)
            return Error{tr("“%1” is not a whole number of days.").arg(part), {}};
        days.append(day);
    }
    if (const FieldCheck check = checkThresholdDays(days); !check.isValid())
        return Error{check.message, {}};
    std::sort(days.begin(), days.end(), std::greater<int>());
    return days;
}

QString SettingsRules::thresholdDaysText(const QList<int>& days)
{
    QStringList parts;
    for (const int day : days)
        parts.append(QString::number(day));
    return parts.join(u", "_s);
}

FieldCheck SettingsRules::checkWebhookUrl(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return FieldCheck::ok();
    if (std::any_of(trimmed.begin(), trimmed.end(),
                    [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; }))
        return FieldCheck::invalid(tr("A URL must not contain spaces or control characters."));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return FieldCheck::invalid(tr("This is not a valid URL: %1").arg(url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return FieldCheck::invalid(
            scheme.isEmpty()
                ? tr("Enter an absolute URL that starts with https://, for example https://hooks.example.com/appkeys.")
                : tr("The webhook URL must start with https:// (or http://); “%1:” is not allowed.").arg(scheme));
    if (url.host().isEmpty())
        return FieldCheck::invalid(tr("The webhook URL must name a host, as in https://hooks.example.com/appkeys."));
    if (!url.userInfo().isEmpty())
        return FieldCheck::invalid(tr("The webhook URL must not contain a user name or password: the settings file "
                                      "is not the place for them. The receiver checks the signature instead."));
    if (scheme == u"http"_s && !isThisComputer(url.host()))
        return FieldCheck::warning(
            tr("http is not encrypted: use https unless the receiver runs on this computer (localhost)."));
    return FieldCheck::ok();
}

FieldCheck SettingsRules::checkKeyLifetimeDays(int days)
{
    return checkRange(days, KeyRules::MinLifetimeDays, KeyRules::MaxLifetimeDays,
                      tr("A key lifetime of %1 days is not allowed: choose %2 to %3 days."));
}

FieldCheck SettingsRules::checkRotationOverlapDays(int days)
{
    return checkRange(days, KeyRules::MinRotationOverlapDays, KeyRules::MaxRotationOverlapDays,
                      tr("A rotation overlap of %1 days is not allowed: choose %2 to %3 days."));
}

FieldCheck SettingsRules::checkClipboardClearSeconds(int seconds)
{
    return checkRange(seconds, MinClipboardClearSeconds, MaxClipboardClearSeconds,
                      tr("The clipboard cannot be cleared after %1 seconds: choose %2 to %3 seconds."));
}

FieldCheck SettingsRules::checkKeychainDeadlineSeconds(int seconds)
{
    return checkRange(seconds, MinKeychainDeadlineSeconds, MaxKeychainDeadlineSeconds,
                      tr("The keychain cannot be given %1 seconds to answer: choose %2 to %3 seconds."));
}

FieldCheck SettingsRules::checkRegistryLocation(const QString& location)
{
    const QString trimmed = location.trimmed();
    if (trimmed.isEmpty())
        return FieldCheck::ok();
    if (PostgresLocation::isPostgresUrl(trimmed))
        return checkPostgresUrl(trimmed);
    const QString scheme = urlSchemeOf(trimmed);
    if (scheme.isEmpty())
        return checkSqlitePath(trimmed);
    if (scheme == u"sqlite"_s) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (url.isValid() && url.host().isEmpty() && url.path().startsWith(u'/'))
            return checkSqlitePath(url.path());
        return FieldCheck::invalid(
            tr("Write an SQLite URL with the absolute path: sqlite:///srv/appkeys/registry.sqlite."));
    }
    return FieldCheck::invalid(tr("AppKeys cannot open “%1:” registries: give an SQLite file path, "
                                  "sqlite:///absolute/path or postgresql://role@host:port/database.")
                                   .arg(scheme));
}

} // namespace AppKeys
