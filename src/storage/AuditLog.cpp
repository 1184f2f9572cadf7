#include "AuditLog.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlText.h"
#include "SqlTime.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

/// An entry's columns after its sequence, in the order entryFromRow() and storedEntryFromRow() read them.
const QStringList EntryTextColumns{u"timestamp"_s, u"actor"_s,   u"action"_s,        u"application_id"_s,
                                   u"key_hint"_s,  u"details"_s, u"previous_hash"_s, u"hash"_s};
const QString EntryColumns = u"sequence, "_s + EntryTextColumns.join(u", "_s);

Error readError(const QSqlQuery& query)
{
    return Error{QCoreApplication::translate("AppKeys::AuditLog", "Could not read the audit trail."),
                 query.lastError().text()};
}

/// The stored details, or nullopt when the column no longer holds a JSON object (it was altered).
std::optional<QJsonObject> parseDetails(const QVariant& stored)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(SqlText::utf8FromValue(stored), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

struct StoredEntry
{
    AuditEntry entry;
    bool detailsReadable = true; ///< false when the details column no longer holds a JSON object
};

StoredEntry entryFromRow(const QSqlQuery& query)
{
    AuditEntry entry;
    entry.sequence = query.value(0).toLongLong();
    entry.timestamp = SqlTime::fromValue(query.value(1));
    entry.actor = SqlText::fromValue(query.value(2));
    entry.action = SqlText::fromValue(query.value(3));
    entry.applicationId = SqlText::fromValue(query.value(4));
    entry.keyHint = SqlText::fromValue(query.value(5));
    const std::optional<QJsonObject> details = parseDetails(query.value(6));
    entry.details = details.value_or(QJsonObject{});
    entry.previousHash = SqlText::fromValue(query.value(7));
    entry.hash = SqlText::fromValue(query.value(8));
    return {entry, details.has_value()};
}

StoredAuditEntry storedEntryFromRow(const QSqlQuery& query)
{
    return StoredAuditEntry{
        query.value(0).toLongLong(),        SqlText::fromValue(query.value(1)), SqlText::fromValue(query.value(2)),
        SqlText::fromValue(query.value(3)), SqlText::fromValue(query.value(4)), SqlText::fromValue(query.value(5)),
        SqlText::fromValue(query.value(6)), SqlText::fromValue(query.value(7)), SqlText::fromValue(query.value(8))};
}

struct LastLink
{
    qint64 sequence = 0;
    QString hash = AuditEntry::genesisHash();
};

Result<LastLink> lastLink(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1"_s))
        return readError(query);
    if (!query.next())
        return LastLink{};
    return LastLink{query.value(0).toLongLong(), query.value(1).toString()};
}

/// The WHERE clause for a filter, with its values bound by bindFilter().
QString whereClause(const AuditFilter& filter)
{
    QStringList conditions;
    if (filter.action)
        conditions.append(u"action = :action"_s);
    if (!filter.actor.isEmpty())
        conditions.append(u"actor = :actor"_s);
    if (!filter.applicationId.isEmpty())
        conditions.append(u"application_id = :application_id"_s);
    // ISO-8601 UTC text with milliseconds sorts as the times do.
    if (filter.from.isValid())
        conditions.append(u"timestamp >= :from"_s);
    if (filter.until.isValid())
        conditions.append(u"timestamp < :until"_s);
    if (filter.afterSequence)
        conditions.append(u"sequence > :after_sequence"_s);
    if (filter.beforeSequence)
        conditions.append(u"sequence < :before_sequence"_s);
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

void bindFilter(QSqlQuery& query, const AuditFilter& filter)
{
    if (filter.action)
        query.bindValue(u":action"_s, toStorageString(*filter.action));
    if (!filter.actor.isEmpty())
        query.bindValue(u":actor"_s, filter.actor);
    if (!filter.applicationId.isEmpty())
        query.bindValue(u":application_id"_s, filter.applicationId);
    if (filter.from.isValid())
        query.bindValue(u":from"_s, SqlTime::toValue(filter.from));
    if (filter.until.isValid())
        query.bindValue(u":until"_s, SqlTime::toValue(filter.until));
    if (filter.afterSequence)
        query.bindValue(u":after_sequence"_s, *filter.afterSequence);
    if (filter.beforeSequence)
        query.bindValue(u":before_sequence"_s, *filter.beforeSequence);
}

/// The actions as an SQL list: fixed names of our own, never user text.
QString actionList(const QList<AuditAction>& actions)
{
    QStringList names;
    for (AuditAction action : actions)
        names.append(u"'%1'"_s.arg(toStorageString(action)));
    return names.join(u", "_s);
}

/// The columns of an entry that the replay of `audit verify` and the names in the audit trail window read: without the
/// time, the actor and the two hashes, which took a third of the instructions of the replay's reading; as UTF-8
/// (SqlDialect::asUtf8).
QString replayedColumns(const SqlDialect& dialect)
{
    return u"sequence, "_s + dialect.asUtf8({u"action"_s, u"application_id"_s, u"key_hint"_s, u"details"_s});
}

/// Hands each row of an executed query of replayedColumns() to `take`, as an entry holding only those.
Status takeReplayedEntries(QSqlQuery& query, const std::function<Status(const AuditEntry&)>& take)
{
    while (query.next()) {
        AuditEntry entry;
        entry.sequence = query.value(0).toLongLong();
        entry.action = SqlText::fromValue(query.value(1));
        entry.applicationId = SqlText::fromValue(query.value(2));
        entry.keyHint = SqlText::fromValue(query.value(3));
        entry.details = parseDetails(query.value(4)).value_or(QJsonObject{});
        if (Status taken = take(entry); !taken)
            return taken;
    }
    return {};
}

/// Hands each row of an executed query to `take`. An altered entry is still handed over, with empty details; verify()
/// is what reports it.
Status takeEntries(QSqlQuery& query, const std::function<Status(const AuditEntry&)>& take)
{
    while (query.next()) {
        if (Status taken = take(entryFromRow(query).entry); !taken)
            return taken;
    }
    return {};
}

} // namespace

AuditLog::AuditLog(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

Status AuditLog::appendInTransaction(QSqlDatabase& db, const QString& actor, const QDateTime& at, AuditAction action,
                                     const QString& applicationId, const QString& keyHint, const QJsonObject& details)
{
    const Result<LastLink> last = lastLink(db);
    if (!last)
        return last.error();

    AuditEntry entry;
    entry.sequence = last.value().sequence + 1;
    entry.timestamp = at.toUTC();
    entry.actor = actor;
    entry.action = toStorageString(action);
    entry.applicationId = applicationId;
    entry.keyHint = keyHint;
    entry.details = details;
    entry.previousHash = last.value().hash;
    entry.hash = entry.computeHash();

    QSqlQuery query(db);
    query.prepare(u"INSERT INTO audit_log (%1) VALUES (:sequence, :timestamp, :actor, :action, :application_id,"
                  " :key_hint, :details, :previous_hash, :hash)"_s.arg(EntryColumns));
    query.bindValue(u":sequence"_s, entry.sequence);
    query.bindValue(u":timestamp"_s, SqlTime::toValue(entry.timestamp));
    query.bindValue(u":actor"_s, SqlText::nonNull(entry.actor));
    query.bindValue(u":action"_s, entry.action);
    query.bindValue(u":application_id"_s, SqlText::nonNull(entry.applicationId));
    query.bindValue(u":key_hint"_s, SqlText::nonNull(entry.keyHint));
    query.bindValue(u":details"_s, QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact)));
    query.bindValue(u":previous_hash"_s, entry.previousHash);
    query.bindValue(u":hash"_s, entry.hash);
    if (query.exec())
        return {};
    return SqlDialect::of(db).statementError(
        query.lastError(), QCoreApplication::translate("AppKeys::AuditLog", "Could not add to the audit trail."));
}

Result<QList<AuditEntry>> AuditLog::entries(const AuditFilter& filter) const
{
    QList<AuditEntry> entries;
    const Status read = forEachEntry(filter, [&entries](const AuditEntry& entry) {
        entries.append(entry);
        return Status();
    });
    if (!read)
        return read.error();
    return entries;
}

Status AuditLog::forEachEntry(const AuditFilter& filter, const std::function<Status(const AuditEntry&)>& take) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM audit_log%2 ORDER BY sequence"_s.arg(EntryColumns, whereClause(filter)));
    bindFilter(query, filter);
    if (!query.exec())
        return readError(query);
    return takeEntries(query, take);
}

Result<QList<AuditEntry>> AuditLog::page(const AuditFilter& filter, Qt::SortOrder order, qint64 offset, int limit) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM audit_log%2 ORDER BY sequence %3 LIMIT %4 OFFSET %5"_s.arg(
        EntryColumns, whereClause(filter), order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s,
        QString::number(std::max(limit, 0)), QString::number(std::max<qint64>(offset, 0))));
    bindFilter(query, filter);
    if (!query.exec())
        return readError(query);
    QList<AuditEntry> entries;
    entries.reserve(std::max(limit, 0));
    while (query.next())
        entries.append(entryFromRow(query).entry);
    return entries;
}

Result<AuditLog::Extent> AuditLog::extent(const AuditFilter& filter) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    // One statement, so that the count and the sequence are of the same trail. It reads a covering index, where a
    // count bounded by sequence would read the table.
    query.prepare(u"SELECT COUNT(*), MAX(sequence) FROM audit_log%1"_s.arg(whereClause(filter)));
    bindFilter(query, filter);
    if (!query.exec() || !query.next())
        return readError(query);
    return Extent{query.value(0).toLongLong(), query.value(1).toLongLong()};
}

Result<QStringList> AuditLog::actors(const AuditFilter& filter) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT DISTINCT actor FROM audit_log%1"_s.arg(whereClause(filter)));
    bindFilter(query, filter);
    if (!query.exec())
        return readError(query);
    QStringList actors;
    while (query.next())
        actors.append(query.value(0).toString());
    return actors;
}

Status AuditLog::forEachEntryOfApps(const AppIdRange& range, const QList<AuditAction>& actions,
                                    const std::function<Status(const AuditEntry&)>& take) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    // The index audit_log_application_id gives the order, and the range its start and end. "action || ''" keeps
    // SQLite from taking the index audit_log_action instead, which would read every such entry for each slice and
    // sort them; PostgreSQL's plan is the same with or without it.
    query.prepare(
        u"SELECT %1 FROM audit_log WHERE %2 AND (action || '') IN (%3) ORDER BY application_id, sequence"_s.arg(
            replayedColumns(m_database->dialect()), range.condition(u"application_id"_s), actionList(actions)));
    range.bind(query);
    if (!query.exec())
        return readError(query);
    return takeReplayedEntries(query, take);
}

Status AuditLog::forEachDetailsOf(const QList<AuditAction>& actions, qint64 afterSequence,
                                  const std::function<Status(const AuditEntry&)>& take) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    // In the table's own order from `afterSequence` on: "action || ''" keeps SQLite from taking the index
    // audit_log_action, which would read the table out of order and then sort it.
    query.prepare(
        u"SELECT %1 FROM audit_log WHERE sequence > :after AND (action || '') IN (%2) ORDER BY sequence"_s.arg(
            replayedColumns(m_database->dialect()), actionList(actions)));
    query.bindValue(u":after"_s, afterSequence);
    if (!query.exec())
        return readError(query);
    return takeReplayedEntries(query, take);
}

Result<std::optional<AuditChainVerifier::Break>>
AuditLog::verify(const std::function<void(qint64 sequence, const QString& hash)>& take) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    // The walk reads a million entries: their text as UTF-8.
    const QString columns = u"sequence, "_s + m_database->dialect().asUtf8(EntryTextColumns);
    if (!query.exec(u"SELECT %1 FROM audit_log ORDER BY sequence"_s.arg(columns)))
        return readError(query);
    std::optional<AuditChainVerifier::Break> brokenAt;
    AuditChainVerifier verifier;
    while (query.next()) {
        const StoredAuditEntry stored = storedEntryFromRow(query);
        if (take)
            take(stored.sequence, stored.hash);
        // Hashed as stored, an entry as AuditLog wrote it needs no parsing: no JSON object, no QDateTime.
        if (brokenAt || verifier.addAsStored(stored))
            continue;
        const StoredEntry parsed = entryFromRow(query);
        // Unreadable details would hash like "{}" and hide that the column was overwritten.
        if (!parsed.detailsReadable)
            brokenAt = AuditChainVerifier::Break{
                parsed.entry.sequence,
                QCoreApplication::translate("AppKeys::AuditLog",
                                            "entry %1 was changed after it was written: its details are not JSON")
                    .arg(parsed.entry.sequence)};
        else
            brokenAt = verifier.add(parsed.entry);
    }
    return brokenAt;
}

Result<AuditCheckpoint> AuditLog::headOf(const QSqlDatabase& db, const QString& registryId)
{
    const Result<LastLink> last = lastLink(db);
    if (!last)
        return last.error();
    return AuditCheckpoint{registryId, last.value().sequence, last.value().hash, QDateTime::currentDateTimeUtc()};
}

} // namespace AppKeys
