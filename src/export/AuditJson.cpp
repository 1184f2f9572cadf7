#include "AuditJson.h"

#include "IsoTime.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

QStringList AuditJson::fieldNames()
{
    return {u"sequence"_s, u"timestamp"_s, u"actor"_s,         u"action"_s, u"application_id"_s,
            u"key_hint"_s, u"details"_s,   u"previous_hash"_s, u"hash"_s};
}

QJsonObject AuditJson::entry(const AuditEntry& entry)
{
    return {{u"sequence"_s, entry.sequence},
            {u"timestamp"_s, IsoTime::text(entry.timestamp)},
            {u"actor"_s, entry.actor},
            {u"action"_s, entry.action},
            {u"application_id"_s, entry.applicationId},
            {u"key_hint"_s, entry.keyHint},
            {u"details"_s, entry.details},
            {u"previous_hash"_s, entry.previousHash},
            {u"hash"_s, entry.hash}};
}

} // namespace AppKeys
