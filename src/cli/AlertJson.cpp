#include "AlertJson.h"

#include "IsoTime.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

QJsonObject AlertJson::alert(const ExpiryAlert& alert)
{
    return {{u"application_id"_s, alert.applicationId},
            {u"application_name"_s, alert.applicationName},
            {u"key_id"_s, alert.keyId},
            {u"key_hint"_s, alert.keyHint},
            {u"expires_at"_s, IsoTime::text(alert.expiresAt)},
            {u"days_left"_s, alert.daysLeft},
            {u"expired"_s, alert.expired},
            {u"threshold_days"_s, alert.thresholdDays},
            {u"attempts"_s, alert.attempts},
            {u"last_error"_s, alert.lastError}};
}

} // namespace AppKeys
