#include "ExpiryAlertPlanner.h"

#include <QHash>

#include <algorithm>

namespace AppKeys {

namespace {

constexpr qint64 SecondsPerDay = 24 * 3600;

bool hasDeliveredAtOrBelow(const QList<AlertDelivery>& deliveries, const QString& keyId, int thresholdDays,
                           AlertChannel channel)
{
    return std::any_of(deliveries.begin(), deliveries.end(), [&](const AlertDelivery& row) {
        return row.keyId == keyId && row.channel == channel && row.state == AlertDelivery::State::Delivered &&
               row.thresholdDays <= thresholdDays;
    });
}

void sortSoonestFirst(QList<ExpiryAlert>& alerts)
{
    std::sort(alerts.begin(), alerts.end(), [](const ExpiryAlert& left, const ExpiryAlert& right) {
        if (left.expiresAt != right.expiresAt)
            return left.expiresAt < right.expiresAt;
        return left.keyId < right.keyId;
    });
}

} // namespace

ExpiryAlertPlanner::ExpiryAlertPlanner(QList<int> thresholdDays, QDateTime now)
    : m_thresholdDays(std::move(thresholdDays)), m_now(std::move(now))
{
    std::sort(m_thresholdDays.begin(), m_thresholdDays.end());
}

QList<ExpiryAlert> ExpiryAlertPlanner::due(const QList<AppRecord>& apps, const QList<KeyRecord>& keys,
                                           const QList<AlertDelivery>& deliveries, AlertChannel channel) const
{
    QList<ExpiryAlert> alerts;
    for (ExpiryAlert alert : crossed(apps, keys)) {
        if (hasDeliveredAtOrBelow(deliveries, alert.keyId, alert.thresholdDays, channel))
            continue;
        alert.channel = channel;
        alerts.append(alert);
    }
    return alerts;
}

QList<ExpiryAlert> ExpiryAlertPlanner::crossed(const QList<AppRecord>& apps, const QList<KeyRecord>& keys) const
{
    QHash<QString, const AppRecord*> activeApps;
    for (const AppRecord& app : apps) {
        if (app.active)
            activeApps.insert(app.applicationId, &app);
    }
    QList<ExpiryAlert> alerts;
    for (const KeyRecord& key : keys) {
        const AppRecord* app = activeApps.value(key.applicationId);
        if (!app || !isAlertable(key, keys))
            continue;
        if (const int threshold = smallestCrossedThreshold(key); threshold > 0)
            alerts.append(alertFor(*app, key, threshold));
    }
    sortSoonestFirst(alerts);
    return alerts;
}

bool ExpiryAlertPlanner::isAlertable(const KeyRecord& key, const QList<KeyRecord>& keys) const
{
    if (isRevoked(key))
        return false;
    return std::none_of(keys.begin(), keys.end(), [&](const KeyRecord& other) {
        return other.applicationId == key.applicationId && other.createdAt > key.createdAt && !isRevoked(other);
    });
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
