#pragma once

#include "AppRecord.h"
#include "KeyRecord.h"
#include "Status.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace AppKeys {

/// The rules of an API key's life (PRODUCT.md sections 1, 4 and 9), in one place: the limits the services enforce,
/// the dialogs offer and the Settings choose defaults within; what counts as live and as expiring; when a key may be
/// issued or rotated. Pure functions: the storage layer applies the checks inside its write transaction, the services
/// before they touch the keychain, the window to offer only what will work.
class KeyRules
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::KeyRules)

public:
    static constexpr int MinLifetimeDays = 1;
    static constexpr int MaxLifetimeDays = 730;
    /// What a new key gets until Settings says otherwise.
    static constexpr int DefaultLifetimeDays = 365;

    /// How long a rotated key keeps working beside its successor.
    static constexpr int MinRotationOverlapDays = 0;
    static constexpr int MaxRotationOverlapDays = 30;
    static constexpr int DefaultRotationOverlapDays = 7;

    /// Days before expiry from which a key counts as expiring (the Status column's "Expires in N days").
    static constexpr int WarningDays = 30;
    /// Unrevoked, unexpired keys an app may have at once: two, so that a rotation can overlap.
    static constexpr int MaxLiveKeys = 2;

    /// Whether a key can still be used at `now` (neither revoked nor expired).
    static bool isLive(const KeyRecord& key, const QDateTime& now);
    /// The live keys among `keys` at `now`, not counting `exceptKeyId`.
    static int liveKeyCount(const QList<KeyRecord>& keys, const QDateTime& now, const QString& exceptKeyId = {});
    /// Whether one more key may be issued beside `keys` (fewer than MaxLiveKeys live at `now`).
    static bool hasRoomForKey(const QList<KeyRecord>& keys, const QDateTime& now);

    /// MinLifetimeDays..MaxLifetimeDays: ErrorCode::InvalidInput naming the range otherwise.
    static Status checkLifetime(int lifetimeDays);
    /// MinRotationOverlapDays..MaxRotationOverlapDays: ErrorCode::InvalidInput naming the range otherwise.
    static Status checkOverlap(int overlapDays);
    /// New keys are issued only for an active app: ErrorCode::InvalidInput "… Reactivate the app first." otherwise.
    static Status checkActive(const AppRecord& app);
    /// Whether `app`, with `keys`, may get one more key at `now`: active, and fewer than MaxLiveKeys live keys besides
    /// `replacedKeyId` (the key a rotation hands over from, which stays live for its overlap). ErrorCode::InvalidInput
    /// or ErrorCode::KeyLimitReached otherwise.
    static Status checkCanIssueKey(const AppRecord& app, const QList<KeyRecord>& keys, const QDateTime& now,
                                   const QString& replacedKeyId = {});
    /// Whether a key can still be rotated at `now`: a revoked or expired key has nothing left to hand over.
    static Status checkRotatable(const KeyRecord& key, const QDateTime& now);
    /// A revoked key stays revoked: ErrorCode::InvalidInput for a second revoke.
    static Status checkRevocable(const KeyRecord& key);
};

} // namespace AppKeys
