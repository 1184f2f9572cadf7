#pragma once

#include "AppRecord.h"
#include "KeyRecord.h"
#include "KeyStatus.h"

#include <QList>

namespace AppKeys {

/// An app with its keys and what the Status and Expires columns say about them at one moment.
struct AppOverview
{
    AppRecord app;
    QList<KeyRecord> keys; ///< newest first, revoked and expired ones included
    KeyStatus status;
    QDateTime expiresAt;  ///< of the key the status reports on; null when the app has no key
    QDateTime lastUsedAt; ///< the latest use of any of its keys; null when none was used
    qint64 useCount = 0;  ///< requests its keys were accepted for, in all

    /// Whether the app has a key, revoked and expired ones included (worked out with the rest, so that it holds for
    /// an overview that keeps only some of its keys).
    bool hasKey() const { return expiresAt.isValid(); }

    static AppOverview of(AppRecord app, QList<KeyRecord> keys, const QDateTime& now);
    /// One overview per app, in the order of `apps`, each with its keys from `keys` (of any apps, in any order).
    static QList<AppOverview> ofAll(QList<AppRecord> apps, const QList<KeyRecord>& keys, const QDateTime& now);
};

} // namespace AppKeys
