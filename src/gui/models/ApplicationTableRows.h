#pragma once

#include "AppOverview.h"
#include "AppSearchIndex.h"
#include "AppSummary.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QStringList>

namespace AppKeys {

/// The rows of the Manage Applications table as it keeps them, beside the search index of their whole text.
///
/// A row is its app's summary (AppSummary: what a column, tooltip, filter or keychain note reads, about a third of
/// the app), since a registry of 100,000 apps is held whole; the window reads the selected app whole.
class ApplicationTableRows
{
public:
    ApplicationTableRows() = default;
    /// Rows whose status was worked out at `now` (AppOverview::of), which decides which keys are live.
    explicit ApplicationTableRows(const QDateTime& now) : m_now(now) {}

    /// Adds a page of apps read whole: their text to the search index, their summaries as rows.
    void append(const QList<AppOverview>& page);
    /// Puts the summary of `whole` in place of the row's, and its text in the search index.
    void replace(qsizetype row, const AppOverview& whole);
    /// Makes room for `apps` rows in all (the registry's count, after a first page), so that the rows and their index
    /// are not copied as they grow (which would hold them twice). What is left over is kept: giving it back would copy
    /// them too.
    void reserveFor(qsizetype apps);

    qsizetype size() const { return m_rows.size(); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    const AppSummary& at(qsizetype row) const { return m_rows.at(row); }
    const AppSummary& last() const { return m_rows.constLast(); }
    const AppSearchIndex& searchIndex() const { return m_searchIndex; }
    /// The moment the rows' statuses were worked out at.
    const QDateTime& now() const { return m_now; }

private:
    AppSummary summaryOf(const AppOverview& whole);

    QDateTime m_now;
    QList<AppSummary> m_rows;
    /// Each set of permissions the rows hold, once: the rows share these lists. The apps of a use case share their
    /// scope, and a list for each app took 13 MB at 100,000 apps.
    QSet<QStringList> m_permissionSets;
    AppSearchIndex m_searchIndex;
};

} // namespace AppKeys
