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

AppSelection AppSelection::everyApp(const AppIdRange& range)
{
    return {range.condition(u"apps.application_id"_s), range.values()};
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

AppSelection AppSelection::page(const QString& afterApplicationId, int size)
{
    const QString firstPage = u"apps.application_id IN (SELECT application_id FROM apps WHERE deleted_at IS NULL"
                              " ORDER BY created_at DESC, application_id LIMIT %1)"_s;
    if (afterApplicationId.isEmpty())
        return {firstPage.arg(size), {}};
    // Keyset paging from the last app read, by its stored created_at: the index apps_created_at finds the start
    // directly, so that every page costs the same, and the stored text is compared with itself, never with a time
    // converted back. A deleted app keeps its row, so the mark stays valid while the pages are read.
    const QString after = u"(SELECT created_at FROM apps WHERE application_id = :page_after)"_s;
    return {u"apps.application_id IN (SELECT application_id FROM apps WHERE deleted_at IS NULL"
            " AND created_at <= %1 AND (created_at < %1 OR application_id > :page_after)"
            " ORDER BY created_at DESC, application_id LIMIT %2)"_s.arg(after)
                .arg(size),
            {{u":page_after"_s, afterApplicationId}}};
}

void AppSelection::bind(QSqlQuery& query) const
{
    for (auto value = m_values.cbegin(); value != m_values.cend(); ++value)
        query.bindValue(value.key(), value.value());
}

} // namespace AppKeys
