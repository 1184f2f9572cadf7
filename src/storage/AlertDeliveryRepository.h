#pragma once

#include "AlertDelivery.h"
#include "AppSelection.h"
#include "DeliveryMark.h"
#include "ExpiryAlert.h"
#include "Result.h"
#include "Status.h"

#include <QCoreApplication>
#include <QList>
#include <memory>
#include <optional>

namespace AppKeys {

class Database;

/// Reads and writes alert_deliveries, the record of what was alerted, so that no alert is sent twice, across runs
/// and restarts. Each write is one transaction.
class AlertDeliveryRepository
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::AlertDeliveryRepository)

public:
    explicit AlertDeliveryRepository(std::shared_ptr<Database> database);

    /// The rows of one channel for these keys, delivered and pending.
    Result<QList<AlertDelivery>> listForKeys(AlertChannel channel, const QStringList& keyIds) const;
    /// Makes the pending rows of `channel` for the keys `keyIds` (a page of apps' keys) exactly the alerts in `due`
    /// (of that channel and those keys): adds the missing ones (due_at = now, no attempt yet) and removes the pending
    /// ones that are no longer due, because the key was revoked or replaced, or a smaller threshold was crossed
    /// meanwhile (the newer alert replaces the older one that was never delivered). Delivered rows are never touched.
    Status syncPending(AlertChannel channel, const QList<ExpiryAlert>& due, const QStringList& keyIds,
                       const QDateTime& now);
    /// Removes the pending rows of `channel` whose key's app is not in `alertable` (an AppSelection::alertable()): its
    /// app was deactivated or deleted, or no key of it is near its expiry any more. With syncPending() over every
    /// page of `alertable`, the pending rows are then exactly the alerts due. A batch at a time, in one write each: the
    /// rows of at most `keys` keys after the key `afterKeyId` (in the order of key ids; the first ones when it is
    /// empty). Returns the batch's last key, to start the next after; none when this was the last batch. (The window
    /// withdraws a batch in each turn of its event loop: 52,000 pending rows at once held it for 1.2 s.)
    Result<std::optional<QString>> withdrawPendingOutside(AlertChannel channel, const AppSelection& alertable,
                                                          const QString& afterKeyId, int keys);
    /// Claims a pending alert for this run until `claimedUntil`, before it is sent: a run that finds it delivered,
    /// or claimed by another run whose claim has not run out, gets nullopt and must not send it. Otherwise the
    /// delivery's id, the same for every attempt (the receiver's X-AppKeys-Signature id), created by the first claim.
    Result<std::optional<QString>> claim(const ExpiryAlert& alert, const QDateTime& now, const QDateTime& claimedUntil);
    /// Records the alerts as delivered, with their attempts, in one transaction; they are never due again. Returns the
    /// alerts that were no longer pending (another run handled them), or the error that wrote nothing (a full disk).
    Result<QList<Error>> markDelivered(const QList<DeliveryMark>& alerts, const QDateTime& deliveredAt);
    /// Keeps the alert pending with its attempts and lastError, so it is retried and the failure can be shown, and
    /// ends this run's claim on it.
    Status recordFailure(const ExpiryAlert& alert);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace AppKeys
