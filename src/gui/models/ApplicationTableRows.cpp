#include "ApplicationTableRows.h"

namespace AppKeys {

void ApplicationTableRows::append(const QList<AppOverview>& page)
{
    m_searchIndex.append(page);
    for (const AppOverview& whole : page)
        m_rows.append(AppSummary::of(whole, m_now));
}

void ApplicationTableRows::reserveFor(qsizetype apps)
{
    m_rows.reserve(apps);
    m_searchIndex.reserveFor(apps);
}

} // namespace AppKeys
