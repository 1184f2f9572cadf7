#include "ApplicationTableRows.h"

#include "KeyRules.h"

#include <algorithm>

namespace AppKeys {

void ApplicationTableRows::append(const QList<AppOverview>& page)
{
    m_searchIndex.append(page);
    for (const AppOverview& whole : page)
        m_rows.append(rowOf(whole));
}

void ApplicationTableRows::reserveFor(qsizetype apps)
{
    m_rows.reserve(apps);
    m_searchIndex.reserveFor(apps);
}

AppOverview ApplicationTableRows::rowOf(const AppOverview& whole) const
{
    AppOverview row = whole; // shares its text (Qt's implicit sharing) until the fields below let it go
    AppDetails& details = row.app.details;
    details.uri.clear();
    details.description.clear();
    details.postLoginRedirectUrls.clear();
    details.postLogoutRedirectUrls.clear();
    row.app.secretHint.clear();
    // The live keys, in a list of their own exactly as long: the page's list is given back with the page.
    const auto live = [this](const KeyRecord& key) {
        return KeyRules::isLive(key, m_now);
    };
    QList<KeyRecord> keys;
    keys.reserve(std::count_if(whole.keys.cbegin(), whole.keys.cend(), live));
    for (KeyRecord key : whole.keys) {
        if (!live(key))
            continue;
        key.keyHint.clear();
        keys.append(std::move(key));
    }
    row.keys = std::move(keys);
    return row;
}

} // namespace AppKeys
