#include "ApplicationTableRows.h"

namespace AppKeys {

void ApplicationTableRows::append(const QList<AppOverview>& page)
{
    m_searchIndex.append(page);
    for (const AppOverview& whole : page)
        m_rows.append(summaryOf(whole));
}

void ApplicationTableRows::replace(qsizetype row, const AppOverview& whole)
{
    m_rows[row] = summaryOf(whole);
    m_searchIndex.replace(row, whole);
}

AppSummary ApplicationTableRows::summaryOf(const AppOverview& whole)
{
    AppSummary row = AppSummary::of(whole, m_now);
    row.permissionIds = *m_permissionSets.insert(row.permissionIds);
    return row;
}

void ApplicationTableRows::reserveFor(qsizetype apps)
{
    m_rows.reserve(apps);
    m_searchIndex.reserveFor(apps);
}

} // namespace AppKeys
