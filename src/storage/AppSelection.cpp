#include "AppSelection.h"

#include "AppFilter.h"
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

AppSelection AppSelection::ids(const QStringList& applicationIds)
{
    if (applicationIds.isEmpty())
        return {u"1 = 0"_s, {}};
    QStringList placeholders;
    QVariantMap values;
    for (const QString& applicationId : applicationIds) {
        placeholders.append(u":id_%1"_s.arg(placeholders.size()));
        values.insert(placeholders.constLast(), applicationId);
    }
    return {u"apps.deleted_at IS NULL AND apps.application_id IN (%1)"_s.arg(placeholders.join(u", "_s)), values};
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
    return pageWhere(afterApplicationId, size, {}, {});
}

AppSelection AppSelection::searchPage(const QString& afterApplicationId, int size, const QString& searchText,
                                      const SqlDialect& dialect)
{
    // The fields of AppFilter::searchableText; a scan, but one that reads no other column and builds nothing.
    QStringList fields;
    for (const QString& column : {u"name"_s, u"application_id"_s, u"uri"_s, u"description"_s, u"created_by"_s})
        fields.append(dialect.likeIgnoringAsciiCase(column, u":search"_s));
    return pageWhere(afterApplicationId, size, u" AND (%1)"_s.arg(fields.join(u" OR "_s)),
                     {{u":search"_s, AppFilter::likePatternFor(searchText)}});
}

AppSelection AppSelection::pageWhere(const QString& afterApplicationId, int size, const QString& search,
                                     QVariantMap values)
{
    const QString firstPage = u"apps.application_id IN (SELECT application_id FROM apps WHERE deleted_at IS NULL%1"
                              " ORDER BY created_at DESC, application_id LIMIT %2)"_s;
    if (afterApplicationId.isEmpty())
        return {firstPage.arg(search).arg(size), values};
    // Keyset paging from the last app read, by its stored created_at: the index apps_created_at finds the start
    // directly, so that every page costs the same, and the stored text is compared with itself, never with a time
    // converted back. A deleted app keeps its row, so the mark stays valid while the pages are read.
    const QString after = u"(SELECT created_at FROM apps WHERE application_id = :page_after)"_s;
    values.insert(u":page_after"_s, afterApplicationId);
    return {u"apps.application_id IN (SELECT application_id FROM apps WHERE deleted_at IS NULL%1"
            " AND created_at <= %2 AND (created_at < %2 OR application_id > :page_after)"
            " ORDER BY created_at DESC, application_id LIMIT %3)"_s.arg(search, after)
                .arg(size),
            values};
}

void AppSelection::bind(QSqlQuery& query) const
{
    for (auto value = m_values.cbegin(); value != m_values.cend(); ++value)
        query.bindValue(value.key(), value.value());
}

} // namespace AppKeys
