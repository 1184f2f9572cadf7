// The audit entry's canonical JSON (AuditEntry::canonicalJson), which its hash covers: for any field values and
// details, it is JSON that reads back as the entry, and the same for the same entry.
#include "AuditEntry.h"
#include "FuzzInput.h"

#include <QJsonDocument>

using namespace AppKeys;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QStringList parts = FuzzInput(data, size).parts();
    const auto part = [&parts](qsizetype index) {
        return parts.value(index);
    };
    AuditEntry entry;
    entry.sequence = part(0).toLongLong();
    entry.timestamp = QDateTime::fromMSecsSinceEpoch(part(1).toLongLong() % 253402300800000LL, Qt::UTC);
    entry.actor = part(2);
    entry.action = part(3);
    entry.applicationId = part(4);
    entry.keyHint = part(5);
    entry.details = QJsonDocument::fromJson(part(6).toUtf8()).object();
    entry.previousHash = part(7);

    const QByteArray canonical = entry.canonicalJson();
    fuzzCheck(canonical == entry.canonicalJson(), "the canonical form is the same each time");
    fuzzCheck(canonical == entry.canonicalJsonByQt(entry.timestamp.toUTC().toString(Qt::ISODateWithMs)),
              "the canonical form is what QJsonDocument writes");
    QJsonParseError error;
    const QJsonObject read = QJsonDocument::fromJson(canonical, &error).object();
    fuzzCheck(error.error == QJsonParseError::NoError, "the canonical form is JSON");
    fuzzCheck(read.value(u"sequence"_s).toInteger() == entry.sequence || qAbs(entry.sequence) > (qint64(1) << 53),
              "the sequence reads back");
    fuzzCheck(read.value(u"actor"_s).toString() == entry.actor, "the actor reads back");
    fuzzCheck(read.value(u"action"_s).toString() == entry.action, "the action reads back");
    fuzzCheck(read.value(u"application_id"_s).toString() == entry.applicationId, "the application id reads back");
    fuzzCheck(read.value(u"key_hint"_s).toString() == entry.keyHint, "the key hint reads back");
    fuzzCheck(read.value(u"details"_s).toObject() == entry.details, "the details read back");
    fuzzCheck(read.value(u"timestamp"_s).toString() == entry.timestamp.toString(Qt::ISODateWithMs),
              "the time reads back");

    const QString hash = entry.computeHash();
    fuzzCheck(hash.size() == 64, "a hash is 64 hex digits");
    AuditEntry changed = entry;
    changed.actor += u'x';
    fuzzCheck(changed.computeHash() != hash, "another actor, another hash");
    return 0;
}
