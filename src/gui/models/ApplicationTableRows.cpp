#include "ApplicationTableRows.h"

#include "KeyRules.h"

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

void ApplicationTableRows::squeeze()
{
    m_rows.squeeze();
    m_searchIndex.squeeze();
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
    // A list of its own, exactly as long as the keys: the page's list is given back with the page.
    QList<KeyRecord> keys;
    keys.reserve(whole.keys.size());
    for (KeyRecord key : whole.keys) {
        key.keyHint.clear();
        if (!KeyRules::isLive(key, m_now))
            key.keySha256.clear();
        keys.append(std::move(key));
    }
    row.keys = std::move(keys);
    return row;
}

} // namespace AppKeys
