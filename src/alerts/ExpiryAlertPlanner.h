#pragma once

#include "AlertDelivery.h"
#include "AppRecord.h"
#include "ExpiryAlert.h"
#include "KeyRecord.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace AppKeys {

/// Decides which expiry alerts are due at `now`. Pure: the caller reads apps, keys and deliveries.
///
/// The rules:
/// - A key has crossed a threshold of T days when expires_at - now <= T days. Only the SMALLEST threshold it has
///   crossed is due, and only when nothing was delivered on that channel for that key at that threshold or a
///   smaller one. So a key first seen 5 days before expiry gets one "7 days" alert, not a burst of 30 and 7, and a
///   threshold it passed while nobody ran AppKeys is skipped in favour of the current one.
/// - An expired key that was never alerted at the smallest threshold gets one alert (expired, 0 days left), however
///   long ago it expired; after that, nothing more.
/// - No alert for a revoked key, nor for the keys of a deactivated or deleted app (only live apps are passed in;
///   a key whose app is not among them is skipped).
/// - No alert for a key that a newer, unrevoked key of the same app replaces (created after it): rotating a key
///   shortens the old key's life on purpose, and the alerts follow the new key instead. Should the newer key be
///   revoked, the older one is again the app's working key and is alerted.
class ExpiryAlertPlanner
{
public:
    /// thresholdDays in any order.
    ExpiryAlertPlanner(QList<int> thresholdDays, QDateTime now);

    const QDateTime& now() const { return m_now; }
    /// The latest expiry an alert can concern: now plus the largest threshold. A key that expires later has crossed
    /// none.
    QDateTime horizon() const;

    /// The alerts due on `channel`, soonest expiry first. `deliveries` may hold rows of any channel.
    QList<ExpiryAlert> due(const QList<AppRecord>& apps, const QList<KeyRecord>& keys,
                           const QList<AlertDelivery>& deliveries, AlertChannel channel) const;
    /// Every alertable key that has crossed a threshold, whatever was delivered, each at its smallest crossed
    /// threshold: what a banner lists. Soonest expiry first.
    QList<ExpiryAlert> crossed(const QList<AppRecord>& apps, const QList<KeyRecord>& keys) const;
    /// Of `crossedAlerts` (crossed(), of any number of pages of apps), those due on `channel`, set to it; in the order
    /// given. due() is crossed() then this. The list given is filtered in place: at 100,000 apps it holds 50,000
    /// alerts.
    QList<ExpiryAlert> undelivered(QList<ExpiryAlert> crossedAlerts, const QList<AlertDelivery>& deliveries,
                                   AlertChannel channel) const;
    /// Soonest expiry first, as crossed() orders its alerts: for a caller that joins the alerts of several pages.
    static void sortSoonestFirst(QList<ExpiryAlert>& alerts);
    /// The order of sortSoonestFirst(): the earlier expiry, then the smaller key id.
    static bool isSooner(const ExpiryAlert& left, const ExpiryAlert& right);

private:
    /// Per app, when its newest unrevoked key was created: one pass, so that planning is linear in the keys.
    QHash<QString, QDateTime> newestUnrevokedKeyPerApp(const QList<KeyRecord>& keys) const;
    bool isAlertable(const KeyRecord& key, const QHash<QString, QDateTime>& newestLiveKey) const;
    bool isRevoked(const KeyRecord& key) const;
    /// The smallest threshold the key has crossed; 0 when it has crossed none.
    int smallestCrossedThreshold(const KeyRecord& key) const;
    ExpiryAlert alertFor(const AppRecord& app, const KeyRecord& key, int thresholdDays) const;

    QList<int> m_thresholdDays; ///< smallest first
    QDateTime m_now;
};

} // namespace AppKeys
