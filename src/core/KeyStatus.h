#pragma once

#include "KeyRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace AppKeys {

/// What the Status column says about an app's keys (PRODUCT.md section 1).
struct KeyStatus
{
    enum class State
    {
        NoKey,
        Active,
        ExpiresSoon, ///< active, but within the warning window
        Expired,
        Revoked,
        Inactive ///< the app is deactivated: its keys are unusable until it is reactivated
    };

    State state = State::NoKey;
    int daysLeft = 0; ///< for ExpiresSoon and Active: whole days until expiry, rounded down

    /// The state of one key at `now`; ExpiresSoon within KeyRules::WarningDays of its expiry.
    static KeyStatus ofKey(const KeyRecord& key, const QDateTime& now);
    /// The state the Status column shows for an app: Inactive for a deactivated app; otherwise that of its
    /// usable key that expires last, else Expired if any key merely expired, else Revoked, else NoKey.
    static KeyStatus ofApp(const QList<KeyRecord>& keys, bool appActive, const QDateTime& now);
    /// The key ofApp() reports on (null when there is none), for the Expires column.
    static const KeyRecord* reportedKey(const QList<KeyRecord>& keys, const QDateTime& now);

    /// Translated text: "Active", "Expires in 5 days", "Expired", "Revoked", "No key", "Inactive".
    QString text() const;
    /// Stable identifier for filters and the command line: "active", "expiring", "expired", ...
    QString storageString() const;
};

} // namespace AppKeys
