#include "SoonestAlerts.h"

#include "ExpiryAlertPlanner.h"

#include <algorithm>

namespace AppKeys {

SoonestAlerts::SoonestAlerts(int kept) : m_kept(kept) {}

void SoonestAlerts::add(const QList<ExpiryAlert>& alerts)
{
    m_count += alerts.size();
    // Each in its place among the kept ones, which never grow past `kept`: a page's thousand alerts are not copied.
    for (const ExpiryAlert& alert : alerts) {
        const auto place = std::upper_bound(m_soonest.cbegin(), m_soonest.cend(), alert, &ExpiryAlertPlanner::isSooner);
        if (place - m_soonest.cbegin() >= m_kept)
            continue;
        m_soonest.insert(place - m_soonest.cbegin(), alert);
        if (m_soonest.size() > m_kept)
            m_soonest.removeLast();
    }
}

} // namespace AppKeys
