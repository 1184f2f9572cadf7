#pragma once

#include "AppRecord.h"
#include "KeyRecord.h"
#include "KeyStatus.h"
#include "Result.h"

#include <QList>

namespace AppKeys {

class AppRepository;

/// An app with its keys and what the Status and Expires columns say about them at one moment.
struct AppOverview
{
    /// Days before expiry from which a key counts as expiring, as in the main window.
    static constexpr int WarningDays = 30;

    AppRecord app;
    QList<KeyRecord> keys; ///< newest first, revoked and expired ones included
    KeyStatus status;
    QDateTime expiresAt; ///< of the key the status reports on; null when the app has no key

    static AppOverview of(AppRecord app, QList<KeyRecord> keys, const QDateTime& now);
    /// Every live app, newest first, read with two queries.
    static Result<QList<AppOverview>> loadAll(const AppRepository& repository, const QDateTime& now);
    /// One live app by id or name (case-insensitive).
    static Result<AppOverview> load(const AppRepository& repository, const QString& idOrName, const QDateTime& now);
};

} // namespace AppKeys
