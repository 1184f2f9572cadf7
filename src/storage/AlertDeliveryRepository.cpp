#include "AlertDeliveryRepository.h"

#include "SqlText.h"

#include "Database.h"
#include "SqlTime.h"
#include "WriteTransaction.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

const QString DeliveredState = u"delivered"_s;

Error queryError(const QString& message, const QSqlQuery& query)
{
    return Error{message, query.lastError().text()};
}

/// A row's key and threshold; the key's text is shared with the row or alert it comes from, not copied.
using RowIdentity = std::pair<QString, int>;

const QString PendingRowCondition = u" WHERE key_id = :key_id AND threshold_days = :threshold_days"
                                    " AND channel = :channel AND state = 'pending'"_s;

Error noLongerPending(const QString& keyId, int thresholdDays)
{
    return Error{AlertDeliveryRepository::tr("The expiry alert for the key %1 (%n day(s)) is no longer pending.",
                                             nullptr, thresholdDays)
                     .arg(keyId),
                 AlertDeliveryRepository::tr("Another AppKeys run may have handled it meanwhile.")};
}

/// Runs a prepared UPDATE of the alert's pending row: true when it updated it, false when the row is no longer pending.
Result<bool> updatePendingRow(QSqlQuery& query, const DeliveryMark& alert)
{
    query.bindValue(u":attempts"_s, alert.attempts);
    query.bindValue(u":key_id"_s, alert.keyId.text());
    query.bindValue(u":threshold_days"_s, alert.thresholdDays);
    query.bindValue(u":channel"_s, toStorageString(alert.channel));
    if (!query.exec())
        return queryError(AlertDeliveryRepository::tr("Could not record the outcome of an expiry alert."), query);
    return query.numRowsAffected() == 1;
}

Result<QList<AlertDelivery>> readRows(QSqlQuery& query, AlertChannel channel)
{
    QList<AlertDelivery> rows;
    while (query.next()) {
        AlertDelivery row;
        row.keyId = query.value(0).toString();
        row.thresholdDays = query.value(1).toInt();
        row.channel = channel;
        row.state = query.value(2).toString() == DeliveredState ? AlertDelivery::State::Delivered
                                                                : AlertDelivery::State::Pending;
        row.attempts = query.value(3).toInt();
        row.lastError = query.value(4).toString();
        row.dueAt = SqlTime::fromValue(query.value(5));
        row.deliveredAt = SqlTime::fromValue(query.value(6));
        rows.append(row);
    }
    return rows;
}

} // namespace

AlertDeliveryRepository::AlertDeliveryRepository(std::shared_ptr<Database> database) : m_database(std::move(database))
{
}

Result<QList<AlertDelivery>> AlertDeliveryRepository::listForKeys(AlertChannel channel, const QStringList& keyIds) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT key_id, threshold_days, state, attempts, last_error, due_at, delivered_at"
                  " FROM alert_deliveries WHERE channel = :channel AND "_s +
                  m_database->dialect().isInJsonArray(u"key_id"_s, u":key_ids"_s) +
                  u" ORDER BY due_at, key_id, threshold_days"_s);
    query.bindValue(u":channel"_s, toStorageString(channel));
    query.bindValue(u":key_ids"_s, SqlDialect::jsonArray(keyIds));
    if (!query.exec())
        return queryError(tr("Could not read which expiry alerts were sent."), query);
    return readRows(query, channel);
}

Status AlertDeliveryRepository::syncPending(AlertChannel channel, const QList<ExpiryAlert>& due,
                                            const QStringList& keyIds, const QDateTime& now)
{
    QSqlDatabase db = m_database->connection();
    // Read under the write lock: another run may record the same alerts at the same time.
    return WriteTransaction::run(db, [&]() -> Status {
        const Result<QList<AlertDelivery>> rows = listForKeys(channel, keyIds);
        if (!rows)
            return rows.error();
        QSet<RowIdentity> recorded;
        QSet<RowIdentity> dueIdentities;
        for (const ExpiryAlert& alert : due)
            dueIdentities.insert({alert.keyId, alert.thresholdDays});
        QSqlQuery remove(db);
        remove.prepare(u"DELETE FROM alert_deliveries WHERE key_id = :key_id AND threshold_days = :threshold_days"
                       " AND channel = :channel AND state = 'pending'"_s);
        for (const AlertDelivery& row : rows.value()) {
            const RowIdentity identity{row.keyId, row.thresholdDays};
            recorded.insert(identity);
            if (row.state != AlertDelivery::State::Pending || dueIdentities.contains(identity))
                continue;
            remove.bindValue(u":key_id"_s, row.keyId);
            remove.bindValue(u":threshold_days"_s, row.thresholdDays);
            remove.bindValue(u":channel"_s, toStorageString(channel));
            if (!remove.exec())
                return queryError(tr("Could not withdraw an expiry alert that is no longer due."), remove);
        }
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO alert_deliveries (key_id, threshold_days, channel, state, attempts, last_error,"
                       " due_at, delivery_id) VALUES (:key_id, :threshold_days, :channel, 'pending', 0, '', :due_at,"
                       " :delivery_id)"_s);
        for (const ExpiryAlert& alert : due) {
            if (recorded.contains({alert.keyId, alert.thresholdDays}))
                continue;
            insert.bindValue(u":key_id"_s, alert.keyId);
            insert.bindValue(u":threshold_days"_s, alert.thresholdDays);
            insert.bindValue(u":channel"_s, toStorageString(channel));
            insert.bindValue(u":due_at"_s, SqlTime::toValue(now));
            insert.bindValue(u":delivery_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
            if (!insert.exec())
                return queryError(tr("Could not record the expiry alerts that are due."), insert);
        }
        return {};
    });
}

Result<std::optional<QString>> AlertDeliveryRepository::withdrawPendingOutside(AlertChannel channel,
                                                                               const AppSelection& alertable,
                                                                               const QString& afterKeyId, int keys)
{
    QSqlDatabase db = m_database->connection();
    std::optional<QString> lastKeyId;
    const Status withdrawn = WriteTransaction::run(db, [&]() -> Status {
        // The batch's last key, found on the primary key's index; the batch is then the key range up to it.
        QSqlQuery batch(db);
        batch.prepare(u"SELECT MAX(key_id), COUNT(*) FROM (SELECT DISTINCT key_id FROM alert_deliveries"
                      " WHERE channel = :channel AND state = 'pending' AND key_id > :after ORDER BY key_id LIMIT %1)"
                      " AS batch"_s.arg(keys));
        batch.bindValue(u":channel"_s, toStorageString(channel));
        batch.bindValue(u":after"_s, SqlText::nonNull(afterKeyId)); // a null would compare with nothing
        if (!batch.exec() || !batch.next())
            return queryError(tr("Could not withdraw an expiry alert that is no longer due."), batch);
        const int batchKeys = batch.value(1).toInt();
        const QString last = batch.value(0).toString();
        batch.finish();
        if (batchKeys == 0)
            return {};
        // Each row's key and app are looked up by their primary keys, and the app's keys by their index.
        QSqlQuery query(db);
        query.prepare(u"DELETE FROM alert_deliveries WHERE channel = :channel AND state = 'pending'"
                      " AND key_id > :after AND key_id <= :last AND NOT EXISTS (SELECT 1 FROM api_keys AS withdrawn"
                      " JOIN apps ON apps.application_id = withdrawn.application_id"
                      " WHERE withdrawn.key_id = alert_deliveries.key_id AND %1)"_s.arg(alertable.condition()));
        query.bindValue(u":channel"_s, toStorageString(channel));
        query.bindValue(u":after"_s, SqlText::nonNull(afterKeyId));
        query.bindValue(u":last"_s, last);
        alertable.bind(query);
        if (!query.exec())
            return queryError(tr("Could not withdraw an expiry alert that is no longer due."), query);
        if (batchKeys == keys)
            lastKeyId = last;
        return {};
    });
    if (!withdrawn)
        return withdrawn.error();
    return lastKeyId;
}

Result<std::optional<QString>> AlertDeliveryRepository::claim(const ExpiryAlert& alert, const QDateTime& now,
                                                              const QDateTime& claimedUntil)
{
    QSqlDatabase db = m_database->connection();
    std::optional<QString> deliveryId;
    const Status claimed = WriteTransaction::run(db, [&]() -> Status {
        QSqlQuery query(db);
        // Rows made pending before schema version 4 get their id here.
        query.prepare(u"UPDATE alert_deliveries SET claimed_until = :claimed_until,"
                      " delivery_id = CASE WHEN delivery_id = '' THEN :fresh_id ELSE delivery_id END"_s +
                      PendingRowCondition + u" AND (claimed_until IS NULL OR claimed_until < :now)"_s);
        query.bindValue(u":claimed_until"_s, SqlTime::toValue(claimedUntil));
        query.bindValue(u":fresh_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
        query.bindValue(u":now"_s, SqlTime::toValue(now));
        query.bindValue(u":key_id"_s, alert.keyId);
        query.bindValue(u":threshold_days"_s, alert.thresholdDays);
        query.bindValue(u":channel"_s, toStorageString(alert.channel));
        if (!query.exec())
            return queryError(tr("Could not claim an expiry alert for sending."), query);
        if (query.numRowsAffected() != 1)
            return {};
        QSqlQuery id(db);
        id.prepare(u"SELECT delivery_id FROM alert_deliveries WHERE key_id = :key_id AND threshold_days ="
                   " :threshold_days AND channel = :channel"_s);
        id.bindValue(u":key_id"_s, alert.keyId);
        id.bindValue(u":threshold_days"_s, alert.thresholdDays);
        id.bindValue(u":channel"_s, toStorageString(alert.channel));
        if (!id.exec() || !id.next())
            return queryError(tr("Could not claim an expiry alert for sending."), id);
        deliveryId = id.value(0).toString();
        return {};
    });
    if (!claimed)
        return claimed.error();
    return deliveryId;
}

Result<QList<Error>> AlertDeliveryRepository::markDelivered(const QList<DeliveryMark>& alerts,
                                                            const QDateTime& deliveredAt)
{
    // One transaction for them all: the window marks every alert it has shown at once, and a commit (a sync to disk)
    // for each took half a minute for thousands.
    QList<Error> notPending;
    QSqlDatabase db = m_database->connection();
    const Status written = WriteTransaction::run(db, [&]() -> Status {
        notPending.clear();
        QSqlQuery query(db);
        query.prepare(u"UPDATE alert_deliveries SET state = 'delivered', attempts = :attempts, last_error = '',"
                      " delivered_at = :delivered_at, claimed_until = NULL"_s +
                      PendingRowCondition);
        query.bindValue(u":delivered_at"_s, SqlTime::toValue(deliveredAt));
        for (const DeliveryMark& alert : alerts) {
            const Result<bool> updated = updatePendingRow(query, alert);
            if (!updated)
                return updated.error();
            if (!updated.value())
                notPending.append(noLongerPending(alert.keyId.text(), alert.thresholdDays));
        }
        return {};
    });
    if (!written)
        return written.error();
    return notPending;
}

Status AlertDeliveryRepository::recordFailure(const ExpiryAlert& alert)
{
    QSqlDatabase db = m_database->connection();
    return WriteTransaction::run(db, [&]() -> Status {
        QSqlQuery query(db);
        query.prepare(u"UPDATE alert_deliveries SET attempts = :attempts, last_error = :last_error,"
                      " claimed_until = NULL"_s +
                      PendingRowCondition);
        query.bindValue(u":last_error"_s, alert.lastError);
        const Result<bool> updated = updatePendingRow(query, DeliveryMark::of(alert));
        if (!updated)
            return updated.error();
        return updated.value() ? Status{} : Status{noLongerPending(alert.keyId, alert.thresholdDays)};
    });
}

} // namespace AppKeys
