#include "KeyRules.h"

#include "ErrorCode.h"

#include <algorithm>

namespace AppKeys {

bool KeyRules::isLive(const KeyRecord& key, const QDateTime& now)
{
    return !(key.revokedAt.isValid() && key.revokedAt <= now) && key.expiresAt > now;
}

int KeyRules::liveKeyCount(const QList<KeyRecord>& keys, const QDateTime& now, const QString& exceptKeyId)
{
    return static_cast<int>(std::count_if(
        keys.begin(), keys.end(), [&](const KeyRecord& key) { return key.keyId != exceptKeyId && isLive(key, now); }));
}

bool KeyRules::hasRoomForKey(const QList<KeyRecord>& keys, const QDateTime& now)
{
    return liveKeyCount(keys, now) < MaxLiveKeys;
}

Status KeyRules::checkLifetime(int lifetimeDays)
{
    if (lifetimeDays >= MinLifetimeDays && lifetimeDays <= MaxLifetimeDays)
        return {};
    return Error{tr("An API key's lifetime must be between %1 and %2 days, not %3.")
                     .arg(MinLifetimeDays)
                     .arg(MaxLifetimeDays)
                     .arg(lifetimeDays),
                 {},
                 ErrorCode::InvalidInput};
}

Status KeyRules::checkOverlap(int overlapDays)
{
    if (overlapDays >= MinRotationOverlapDays && overlapDays <= MaxRotationOverlapDays)
        return {};
    return Error{
        tr("The old key's overlap must be between %1 and %2 days, not %3.")
            .arg(MinRotationOverlapDays)
            .arg(MaxRotationOverlapDays)
            .arg(overlapDays),
        tr("Clients need the overlap to switch to the new key; %1 days is usual.").arg(DefaultRotationOverlapDays),
        ErrorCode::InvalidInput};
}

Status KeyRules::checkActive(const AppRecord& app)
{
    if (app.active)
        return {};
    return Error{tr("The app “%1” is deactivated.").arg(app.details.name), tr("Reactivate the app first."),
                 ErrorCode::InvalidInput};
}

Status KeyRules::checkCanIssueKey(const AppRecord& app, const QList<KeyRecord>& keys, const QDateTime& now,
                                  const QString& replacedKeyId)
{
    if (Status active = checkActive(app); !active)
        return active;
    const int replaced = replacedKeyId.isEmpty() ? 0 : 1;
    if (liveKeyCount(keys, now, replacedKeyId) + replaced < MaxLiveKeys)
        return {};
    return Error{tr("The app “%1” already has %2 live API keys.").arg(app.details.name).arg(MaxLiveKeys),
                 tr("Revoke one of them, or wait until one has expired."), ErrorCode::KeyLimitReached};
}

Status KeyRules::checkRotatable(const KeyRecord& key, const QDateTime& now)
{
    if (key.revokedAt.isValid() && key.revokedAt <= now)
        return Error{tr("The API key %1 is revoked, so it cannot be rotated.").arg(key.keyHint),
                     tr("Generate a new key instead."), ErrorCode::InvalidInput};
    if (key.expiresAt <= now)
        return Error{tr("The API key %1 has expired, so it cannot be rotated.").arg(key.keyHint),
                     tr("Generate a new key instead."), ErrorCode::InvalidInput};
    return {};
}

Status KeyRules::checkRevocable(const KeyRecord& key)
{
    if (!key.revokedAt.isValid())
        return {};
    return Error{tr("The API key %1 is already revoked.").arg(key.keyHint),
                 tr("A revoked key stays revoked; generate a new key if the app needs one."), ErrorCode::InvalidInput};
}

} // namespace AppKeys
