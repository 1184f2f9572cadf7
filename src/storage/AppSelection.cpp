#include "AppSelection.h"

#include "AppFilter.h"
#include "SqlRows.h"
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

AppSelection AppSelection::ids(const QStringList& applicationIds, const SqlDialect& dialect)
{
    if (applicationIds.isEmpty())
        return {u"1 = 0"_s, {}};
    return {u"apps.deleted_at IS NULL AND "_s + dialect.isInJsonArray(u"apps.application_id"_s, u":application_ids"_s),
            {{u":application_ids"_s, SqlDialect::jsonArray(applicationIds)}}};
}

AppSelection AppSelection::alertable(const QDateTime& cutoff)
{
    // Times are ISO-8601 UTC text (SqlTime), which compares as the times do. Revoked keys are not excluded here: the
    // planner decides revocation against its own clock, and they add few rows.
    // Qualified: withdrawPendingOutside asks it of apps joined with the keys.
    return {u"apps.deleted_at IS NULL AND apps.status = 'active' AND EXISTS (SELECT 1 FROM api_keys WHERE"
            " api_keys.application_id = apps.application_id AND api_keys.expires_at <= :expiry_cutoff)"_s,
            {{u":expiry_cutoff"_s, SqlTime::toValue(cutoff)}}};
}

AppSelection AppSelection::page(const QString& afterApplicationId, int size, const SqlDialect& dialect)
{
    return pageOf(u"deleted_at IS NULL"_s, {}, afterApplicationId, size, dialect);
}

AppSelection AppSelection::alertablePage(const QDateTime& cutoff, const QString& afterApplicationId, int size,
                                         const SqlDialect& dialect)
{
    // Walks the listing's index from the last app read and looks up each app's keys by their index, so that a page
    // costs the same wherever it starts (11 ms at 100,000 apps), where reading the ids of every alertable app at once
    // took 0.4 s, which the window waited for.
    const AppSelection apps = alertable(cutoff);
    return pageOf(apps.m_condition, apps.m_values, afterApplicationId, size, dialect);
}

AppSelection AppSelection::liveAfter(const QString& afterApplicationId)
{
    return after(u"deleted_at IS NULL"_s, {}, afterApplicationId);
}

AppSelection AppSelection::pageOf(const QString& condition, QVariantMap values, const QString& afterApplicationId,
                                  int size, const SqlDialect& dialect)
{
    // SQLite finds the page's apps by their rowid, the order they were written in, which follows the listing's: the
    // reads go through the file about in order, where ids (random UUIDs) sent each to another place in it
    // (`list --json` at 100,000 apps: 7.2-12.6 s by id, 5.8-6.6 s by rowid).
    AppSelection following = after(condition, std::move(values), afterApplicationId);
    AppSelection page(u"apps.%1 IN (SELECT %1 FROM apps WHERE %2 ORDER BY %3 LIMIT %4)"_s.arg(
                          rowColumn(dialect), following.m_condition, listingOrder(), QString::number(size)),
                      following.m_values);
    page.m_pageCondition = std::move(following.m_condition);
    page.m_pageSize = size;
    return page;
}

AppSelection AppSelection::after(const QString& condition, QVariantMap values, const QString& afterApplicationId)
{
    if (afterApplicationId.isEmpty())
        return {condition, std::move(values)};
    // Keyset paging from the last app read, by its stored created_at: the index apps_listing (version 8) finds the
    // start directly, so that every page costs the same, and the stored text is compared with itself, never with a time
    // converted back. A deleted app keeps its row, so the mark stays valid while the pages are read.
    const QString mark = u"(SELECT created_at FROM apps WHERE application_id = :page_after)"_s;
    values.insert(u":page_after"_s, afterApplicationId);
    return {u"%1 AND created_at <= %2 AND (created_at < %2 OR application_id > :page_after)"_s.arg(condition, mark),
            std::move(values)};
}

AppSelection AppSelection::search(const QString& searchText, const SqlDialect& dialect)
{
    const AppFilter::LikeText likeText = dialect.engine() == SqlDialect::Engine::Postgres
                                             ? AppFilter::LikeText::FoldsOntoAscii
                                             : AppFilter::LikeText::LowersAscii;
    AppSelection selection(u"apps.deleted_at IS NULL AND "_s + searchedTextLike(dialect, u":search"_s),
                           {{u":search"_s, AppFilter::likePatternFor(searchText, likeText)}});
    const QStringList trigrams = AppFilter::trigramsOfEveryMatch(searchText);
    if (dialect.engine() == SqlDialect::Engine::Sqlite && !trigrams.isEmpty()) {
        // SQLite's trigram index (version 7) finds the few apps that hold every piece, and LIKE reads only those.
        // Each piece is a quoted string, so that nothing in it is the index's query syntax.
        QStringList quoted;
        for (const QString& trigram : trigrams)
            quoted.append(u'"' + QString(trigram).replace(u'"', u"\"\""_s) + u'"');
        selection.m_condition += u" AND apps.application_id IN (SELECT found.application_id FROM app_search"
                                 " JOIN app_search_rows AS found ON found.search_row = app_search.rowid"
                                 " WHERE app_search MATCH :trigrams)"_s;
        selection.m_values.insert(u":trigrams"_s, quoted.join(u" AND "_s));
    }
    return selection;
}

QString AppSelection::searchedText(const QString& qualifier)
{
    return searchedColumns(qualifier).join(u" || '\n' || "_s);
}

QString AppSelection::postgresSearchedText(const QString& qualifier)
{
    // Lowered, with the two letters that case-fold onto ASCII ones turned into them (LONG S, KELVIN SIGN, which a
    // server's lower() may keep): the pattern then keeps s and k (AppFilter::LikeText::FoldsOntoAscii), and so does
    // the trigram index (version 9). With "_" for them, "Harbor Spa" at 100,000 apps had the server read again the
    // 2,574 apps holding "harbor" for the 129 it finds: 55-59 ms against 25-27.
    return u"translate(lower(%1), '\u017F\u212A', 'sk')"_s.arg(searchedText(qualifier));
}

QStringList AppSelection::searchedColumns(const QString& qualifier)
{
    QStringList columns;
    for (const QString& column : {u"name"_s, u"application_id"_s, u"uri"_s, u"description"_s, u"created_by"_s})
        columns.append(qualifier + column);
    return columns;
}

QString AppSelection::searchedTextLike(const SqlDialect& dialect, const QString& placeholder)
{
    const QString like = u"%1 LIKE %2 ESCAPE '\\'"_s;
    // PostgreSQL's trigram index (version 9) is on the joined text, so only a LIKE over that text can use it.
    if (dialect.engine() == SqlDialect::Engine::Postgres)
        return like.arg(postgresSearchedText(u"apps."_s), placeholder);
    // SQLite's index is asked apart (search()); when it cannot be, the scan is cheaper over the columns as they
    // are than over a text joined for every row (0.19-0.22 s against 0.23-0.24 s at 100,000 apps). Its LIKE matches
    // ASCII letters in either case, as the pattern needs, and reads each column as it is: lower() copied every value
    // (a search over 100,000 apps took 190 ms instead of 100).
    QStringList likes;
    for (const QString& column : searchedColumns(u"apps."_s))
        likes.append(like.arg(column, placeholder));
    return u"(%1)"_s.arg(likes.join(u" OR "_s));
}

QString AppSelection::listing() const
{
    // A page's apps are listed by the page's own condition and LIMIT, in the listing's index: `rowid IN (page)` had
    // SQLite sort the page's whole rows again (11 M instructions for a page of 1,000).
    if (m_pageSize > 0)
        return u"WHERE %1 ORDER BY %2 LIMIT %3"_s.arg(m_pageCondition, listingOrder(), QString::number(m_pageSize));
    return u"WHERE %1 ORDER BY %2"_s.arg(m_condition, listingOrder());
}

QString AppSelection::listingOrder()
{
    // The id orders the apps created in the same millisecond. The index apps_listing (version 8) holds this order.
    return u"created_at DESC, application_id"_s;
}

QString AppSelection::appByApp(const SqlDialect& dialect)
{
    return u"apps."_s + rowColumn(dialect);
}

QString AppSelection::rowColumn(const SqlDialect& dialect)
{
    return dialect.engine() == SqlDialect::Engine::Sqlite ? u"rowid"_s : u"application_id"_s;
}

void AppSelection::bind(QSqlQuery& query) const
{
    for (auto value = m_values.cbegin(); value != m_values.cend(); ++value)
        query.bindValue(value.key(), value.value());
}

void AppSelection::bind(SqlRows& rows) const
{
    rows.bindValues(m_values);
}

} // namespace AppKeys
