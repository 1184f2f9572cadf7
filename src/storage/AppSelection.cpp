#include "AppSelection.h"

#include "SqlTime.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

AppSelection::AppSelection(QString condition, QVariantMap values)
    : m_condition(std::move(condition)), m_values(std::move(values))
{
}

AppSelection AppSelection::all()
{
    return {u"apps.deleted_at IS NULL"_s, {}};
}

AppSelection AppSelection::everyApp()
{
    return {u"1 = 1"_s, {}};
}

AppSelection AppSelection::one(const QString& applicationId)
{
    return {u"apps.deleted_at IS NULL AND apps.application_id = :application_id"_s,
            {{u":application_id"_s, applicationId}}};
}

AppSelection AppSelection::withKeyExpiringBy(const QDateTime& cutoff)
{
    // IN over one scan of api_keys, then a lookup of each app by its primary key: cheaper than an EXISTS per app.
    // Times are ISO-8601 UTC text (SqlTime), which compares as the times do. Revoked keys are not excluded here: the
    // planner decides revocation against its own clock, and they add few rows.
    return {u"apps.deleted_at IS NULL AND apps.status = 'active' AND apps.application_id IN"
            " (SELECT application_id FROM api_keys WHERE expires_at <= :expiry_cutoff)"_s,
            {{u":expiry_cutoff"_s, SqlTime::toValue(cutoff)}}};
}

void AppSelection::bind(QSqlQuery& query) const
{
    for (auto value = m_values.cbegin(); value != m_values.cend(); ++value)
        query.bindValue(value.key(), value.value());
}

} // namespace AppKeys
