#pragma once

#include "AppIdRange.h"
#include "SqlDialect.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

namespace AppKeys {

class SqlRows;

/// Which apps a read takes, as a condition on the table `apps` with its bound values. The apps, their redirect
/// URLs and permissions, and their keys are read with the same selection, so that the reads agree and a narrow one
/// (one app, the apps an expiry alert may concern) never loads the whole registry.
class AppSelection
{
public:
    /// Every live app.
    static AppSelection all();
    /// Every app whose id is in the range, deleted ones too.
    static AppSelection everyApp(const AppIdRange& range);
    /// The live app with this id (none if it is deleted or unknown).
    static AppSelection one(const QString& applicationId);
    /// The live apps with these ids: a page found once (AppRepository::listIds), then read by its four queries.
    static AppSelection ids(const QStringList& applicationIds, const SqlDialect& dialect);
    /// The live, active apps with a key that expires at or before `cutoff` (expired keys included): the only apps
    /// expiry alerts can concern when `cutoff` is now plus the largest threshold. Asked of one app at a time (an
    /// EXISTS on the keys' index), not by listing them all first.
    static AppSelection alertable(const QDateTime& cutoff);
    /// The next `size` live apps in the order of a listing, newest first (created_at descending, then
    /// application_id): those after the app `afterApplicationId`, or the first ones if it is empty. Reading a page at
    /// a time keeps one page in memory, not the registry (AppOverviewReader::forEachPage).
    static AppSelection page(const QString& afterApplicationId, int size, const SqlDialect& dialect);
    /// Every live app after the app `afterApplicationId` in the order of a listing (all if it is empty): with
    /// AppRepository::idAt(), where a page of page() ends, found in the listing's index alone.
    static AppSelection liveAfter(const QString& afterApplicationId);
    /// page() of the apps alertable(cutoff) selects: the expiry alerts plan a page at a time.
    static AppSelection alertablePage(const QDateTime& cutoff, const QString& afterApplicationId, int size,
                                      const SqlDialect& dialect);
    /// The live apps that may hold `searchText` in a field the search looks in (AppFilter::likePatternFor): the
    /// database passes over the rest, and the caller's AppFilter::matches() decides.
    static AppSelection search(const QString& searchText, const SqlDialect& dialect);

    /// The fields the search looks in (AppFilter::searchableText) as one text, a line each, their columns qualified
    /// with `qualifier` ("apps." or none): what SQLite's search index reads and PostgreSQL's indexes (schema version
    /// 7), and what PostgreSQL's search() asks about. A piece of text found across two lines only lets through one
    /// more app.
    static QString searchedText(const QString& qualifier);
    /// searchedText() as PostgreSQL's search() asks about it and its trigram index (schema version 9) holds it.
    static QString postgresSearchedText(const QString& qualifier);

    /// A condition for a WHERE clause over `apps`.
    const QString& condition() const { return m_condition; }
    /// The WHERE, ORDER BY (the listing's order) and, for a page, LIMIT clauses of a query that lists the selected
    /// apps from `apps`.
    QString listing() const;
    /// Orders a query over `apps` joined with one of its child tables app by app, in the order the join visits the
    /// apps: after it, the child's own columns need only follow an index of the child for SQLite to sort nothing.
    static QString appByApp(const SqlDialect& dialect);
    /// The listing's order of apps, for an ORDER BY over `apps`: newest first (created_at descending), then by id.
    static QString listingOrder();
    /// Binds the condition's values on a prepared query.
    void bind(QSqlQuery& query) const;
    void bind(SqlRows& rows) const;

private:
    AppSelection(QString condition, QVariantMap values);
    /// A page, in the listing's order, of the apps that meet `condition` (on `apps`, with its bound `values`).
    static AppSelection pageOf(const QString& condition, QVariantMap values, const QString& afterApplicationId,
                               int size, const SqlDialect& dialect);
    /// The apps that meet `condition` and come after the app `afterApplicationId` in the listing's order.
    static AppSelection after(const QString& condition, QVariantMap values, const QString& afterApplicationId);
    static QStringList searchedColumns(const QString& qualifier);
    /// The search's LIKE on the searched fields, as each engine answers it fastest.
    static QString searchedTextLike(const SqlDialect& dialect, const QString& placeholder);
    /// The apps' lasting row number in their table: SQLite's rowid; PostgreSQL has none, and the id stands in.
    static QString rowColumn(const SqlDialect& dialect);

    QString m_condition;
    QVariantMap m_values;
    /// For a page: the condition its apps are the first `m_pageSize` of, in the listing's order; else empty and 0.
    QString m_pageCondition;
    int m_pageSize = 0;
};

} // namespace AppKeys
