#include "ExpiryAlertPlanner.h"

#include <QHash>

#include <algorithm>

namespace AppKeys {

namespace {

constexpr qint64 SecondsPerDay = 24 * 3600;

/// For each key, the smallest threshold already delivered on one channel: one pass over the deliveries, so that
/// planning stays linear in their number.
QHash<QString, int> smallestDeliveredThresholds(const QList<AlertDelivery>& deliveries, AlertChannel channel)
{
    QHash<QString, int> smallest;
    for (const AlertDelivery& row : deliveries) {
        if (row.channel != channel || row.state != AlertDelivery::State::Delivered)
            continue;
        const auto found = smallest.constFind(row.keyId);
        if (found == smallest.cend() || row.thresholdDays < *found)
            smallest.insert(row.keyId, row.thresholdDays);
    }
    return smallest;
}

} // namespace

ExpiryAlertPlanner::ExpiryAlertPlanner(QList<int> thresholdDays, QDateTime now)
    : m_thresholdDays(std::move(thresholdDays)), m_now(std::move(now))
{
    std::sort(m_thresholdDays.begin(), m_thresholdDays.end());
}

QDateTime ExpiryAlertPlanner::horizon() const
{
    return m_now.addDays(m_thresholdDays.isEmpty() ? 0 : m_thresholdDays.constLast());
}

void ExpiryAlertPlanner::sortSoonestFirst(QList<ExpiryAlert>& alerts)
{
    std::sort(alerts.begin(), alerts.end(), &ExpiryAlertPlanner::isSooner);
}

bool ExpiryAlertPlanner::isSooner(const ExpiryAlert& left, const ExpiryAlert& right)
{
    if (left.expiresAt != right.expiresAt)
        return left.expiresAt < right.expiresAt;
    return left.keyId < right.keyId;
}

QList<ExpiryAlert> ExpiryAlertPlanner::due(const QList<AppRecord>& apps, const QList<KeyRecord>& keys,
                                           const QList<AlertDelivery>& deliveries, AlertChannel channel) const
{
    return undelivered(crossed(apps, keys), deliveries, channel);
}

QList<ExpiryAlert> ExpiryAlertPlanner::undelivered(QList<ExpiryAlert> crossedAlerts,
                                                   const QList<AlertDelivery>& deliveries, AlertChannel channel) const
{
    const QHash<QString, int> delivered = smallestDeliveredThresholds(deliveries, channel);
    crossedAlerts.removeIf([&delivered](const ExpiryAlert& alert) {
        const auto found = delivered.constFind(alert.keyId);
        return found != delivered.cend() && *found <= alert.thresholdDays;
    });
    for (ExpiryAlert& alert : crossedAlerts)
        alert.channel = channel;
    return crossedAlerts;
}

QList<ExpiryAlert> ExpiryAlertPlanner::crossed(const QList<AppRecord>& apps, const QList<KeyRecord>& keys) const
{
    QHash<QString, const AppRecord*> activeApps;
    for (const AppRecord& app : apps) {
        if (app.active)
            activeApps.insert(app.applicationId, &app);
    }
    const QHash<QString, QDateTime> newestLiveKey = newestUnrevokedKeyPerApp(keys);
    QList<ExpiryAlert> alerts;
    for (const KeyRecord& key : keys) {
        const AppRecord* app = activeApps.value(key.applicationId);
        if (!app || !isAlertable(key, newestLiveKey))
            continue;
        if (const int threshold = smallestCrossedThreshold(key); threshold > 0)
            alerts.append(alertFor(*app, key, threshold));
    }
    sortSoonestFirst(alerts);
    return alerts;
}

QHash<QString, QDateTime> ExpiryAlertPlanner::newestUnrevokedKeyPerApp(const QList<KeyRecord>& keys) const
{
    QHash<QString, QDateTime> newest;
    for (const KeyRecord& key : keys) {
        if (isRevoked(key))
            continue;
        QDateTime& createdAt = newest[key.applicationId];
        if (!createdAt.isValid() || key.createdAt > createdAt)
            createdAt = key.createdAt;
    }
    return newest;
}

bool ExpiryAlertPlanner::isAlertable(const KeyRecord& key, const QHash<QString, QDateTime>& newestLiveKey) const
{
    // Alertable unless revoked or replaced by a newer unrevoked key of the same app.
    return !isRevoked(key) && !(newestLiveKey.value(key.applicationId) > key.createdAt);
}

bool ExpiryAlertPlanner::isRevoked(const KeyRecord& key) const
{
    return key.revokedAt.isValid() && key.revokedAt <= m_now;
}

int ExpiryAlertPlanner::smallestCrossedThreshold(const KeyRecord& key) const
{
    const qint64 secondsLeft = m_now.secsTo(key.expiresAt);
    const auto crossed = std::find_if(m_thresholdDays.begin(), m_thresholdDays.end(),
                                      [secondsLeft](int days) { return secondsLeft <= days * SecondsPerDay; });
    return crossed == m_thresholdDays.end() ? 0 : *crossed;
}

ExpiryAlert ExpiryAlertPlanner::alertFor(const AppRecord& app, const KeyRecord& key, int thresholdDays) const
{
    ExpiryAlert alert;
    alert.applicationId = app.applicationId;
    alert.applicationName = app.details.name;
    alert.keyId = key.keyId;
    alert.keyHint = key.keyHint;
    alert.expiresAt = key.expiresAt;
    alert.expired = key.expiresAt <= m_now;
    alert.daysLeft = alert.expired ? 0 : int(m_now.secsTo(key.expiresAt) / SecondsPerDay);
    alert.thresholdDays = thresholdDays;
    return alert;
}

} // namespace AppKeys
