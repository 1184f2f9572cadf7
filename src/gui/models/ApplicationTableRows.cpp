#include "ApplicationTableRows.h"

namespace AppKeys {

void ApplicationTableRows::append(const QList<AppOverview>& page)
{
    m_searchIndex.append(page);
    for (const AppOverview& whole : page) {
        AppSummary row = AppSummary::of(whole, m_now);
        row.permissionIds = *m_permissionSets.insert(row.permissionIds);
        m_rows.append(std::move(row));
    }
}

void ApplicationTableRows::reserveFor(qsizetype apps)
{
    m_rows.reserve(apps);
    m_searchIndex.reserveFor(apps);
}

} // namespace AppKeys
