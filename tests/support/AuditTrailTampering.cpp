#include "AuditTrailTampering.h"

#include "AuditLog.h"
#include "SqlTime.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace AppKeys::AuditTrailTampering {

namespace {

QString literal(const QString& text)
{
    return u'\'' + QString(text).replace(u'\'', u"''"_s) + u'\'';
}

QString insertStatement(const AuditEntry& entry)
{
    return u"INSERT INTO audit_log (sequence, timestamp, actor, action, application_id, key_hint, details,"
           " previous_hash, hash) VALUES (%1, %2, %3, %4, %5, %6, %7, %8, %9)"_s.arg(
               QString::number(entry.sequence), literal(SqlTime::toValue(entry.timestamp).toString()),
               literal(entry.actor), literal(entry.action), literal(entry.applicationId), literal(entry.keyHint),
               literal(QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact))),
               literal(entry.previousHash), literal(entry.hash));
}

/// Replaces the trail from entries.at(from) on with `entries` as they are now, numbered and chained anew.
bool rewriteFrom(const TestRegistryLocation& place, QList<AuditEntry> entries, qsizetype from)
{
    const qint64 firstSequence = from + 1;
    for (qsizetype index = from; index < entries.size(); ++index) {
        AuditEntry& entry = entries[index];
        entry.sequence = index + 1;
        entry.previousHash = index == 0 ? AuditEntry::genesisHash() : entries.at(index - 1).hash;
        entry.hash = entry.computeHash();
    }
    if (!place.executeOutsideAppKeys(u"DELETE FROM audit_log WHERE sequence >= %1"_s.arg(firstSequence)))
        return false;
    for (qsizetype index = from; index < entries.size(); ++index) {
        if (!place.executeOutsideAppKeys(insertStatement(entries.at(index))))
            return false;
    }
    return true;
}

QList<AuditEntry> trailOf(const std::shared_ptr<Database>& reader)
{
    const Result<QList<AuditEntry>> entries = AuditLog(reader).entries();
    return entries ? entries.value() : QList<AuditEntry>();
}

} // namespace

bool removeNewest(const TestRegistryLocation& place, const std::shared_ptr<Database>& reader)
{
    const QList<AuditEntry> entries = trailOf(reader);
    return !entries.isEmpty() && place.executeOutsideAppKeys(
                                     u"DELETE FROM audit_log WHERE sequence = %1"_s.arg(entries.constLast().sequence));
}

bool removeAndRehash(const TestRegistryLocation& place, const std::shared_ptr<Database>& reader, qint64 sequence)
{
    QList<AuditEntry> entries = trailOf(reader);
    if (sequence < 1 || sequence > entries.size())
        return false;
    entries.removeAt(sequence - 1);
    return rewriteFrom(place, entries, sequence - 1);
}

bool rewriteAndRehash(const TestRegistryLocation& place, const std::shared_ptr<Database>& reader, qint64 sequence,
                      const QString& actor)
{
    QList<AuditEntry> entries = trailOf(reader);
    if (sequence < 1 || sequence > entries.size())
        return false;
    entries[sequence - 1].actor = actor;
    return rewriteFrom(place, entries, sequence - 1);
}

} // namespace AppKeys::AuditTrailTampering
