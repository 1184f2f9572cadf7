#include "KeyStatus.h"

#include "KeyRules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AppKeys {

KeyStatus KeyStatus::ofKey(const KeyRecord& key, const QDateTime& now)
{
    if (key.revokedAt.isValid() && key.revokedAt <= now)
        return {State::Revoked, 0};
    if (key.expiresAt <= now)
        return {State::Expired, 0};
    const int daysLeft = static_cast<int>(now.secsTo(key.expiresAt) / (24 * 3600));
    return {daysLeft < KeyRules::WarningDays ? State::ExpiresSoon : State::Active, daysLeft};
}

const KeyRecord* KeyStatus::reportedKey(const QList<KeyRecord>& keys, const QDateTime& now)
{
    const KeyRecord* reported = nullptr;
    for (const KeyRecord& key : keys) {
        if (KeyRules::isLive(key, now) && (!reported || key.expiresAt > reported->expiresAt))
            reported = &key;
    }
    if (reported)
        return reported;
    // No usable key: report the one that lasted longest, so the Expires column shows when it ended.
    for (const KeyRecord& key : keys) {
        if (!reported || key.expiresAt > reported->expiresAt)
            reported = &key;
    }
    return reported;
}

KeyStatus KeyStatus::ofApp(const QList<KeyRecord>& keys, bool appActive, const QDateTime& now)
{
    if (!appActive)
        return {State::Inactive, 0};
    if (keys.isEmpty())
        return {State::NoKey, 0};
    if (const KeyRecord* key = reportedKey(keys, now); key && KeyRules::isLive(*key, now))
        return ofKey(*key, now);
    const bool anyMerelyExpired = std::any_of(keys.begin(), keys.end(), [&now](const KeyRecord& key) {
        return !(key.revokedAt.isValid() && key.revokedAt <= now);
    });
    return {anyMerelyExpired ? State::Expired : State::Revoked, 0};
}

QString KeyStatus::text() const
{
    switch (state) {
    case State::NoKey:
        return QCoreApplication::translate("AppKeys::KeyStatus", "No key");
    case State::Active:
        return QCoreApplication::translate("AppKeys::KeyStatus", "Active");
    case State::ExpiresSoon:
        if (daysLeft == 0)
            return QCoreApplication::translate("AppKeys::KeyStatus", "Expires today");
        return QCoreApplication::translate("AppKeys::KeyStatus", "Expires in %n day(s)", nullptr, daysLeft);
    case State::Expired:
        return QCoreApplication::translate("AppKeys::KeyStatus", "Expired");
    case State::Revoked:
        return QCoreApplication::translate("AppKeys::KeyStatus", "Revoked");
    case State::Inactive:
        return QCoreApplication::translate("AppKeys::KeyStatus", "Inactive");
    }
    Q_UNREACHABLE();
    return {};
}

QString KeyStatus::storageString() const
{
    switch (state) {
    case State::NoKey:
        return u"no_key"_s;
    case State::Active:
        return u"active"_s;
    case State::ExpiresSoon:
        return u"expiring"_s;
    case State::Expired:
        return u"expired"_s;
    case State::Revoked:
        return u"revoked"_s;
    case State::Inactive:
        return u"inactive"_s;
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace AppKeys
