#include "AppSummary.h"

#include "KeyRules.h"

#include <algorithm>

namespace AppKeys {

AppSummary AppSummary::of(const AppOverview& overview, const QDateTime& now)
{
    const AppRecord& app = overview.app;
    AppSummary summary{CompactId::of(app.applicationId),
                       app.details.name,
                       app.createdBy,
                       app.scope.permissionIds,
                       {},
                       CompactSha256::of(app.secretSha256),
                       app.createdAt,
                       overview.expiresAt,
                       overview.lastUsedAt,
                       overview.useCount,
                       overview.status,
                       app.details.sourceApp,
                       app.details.loginUserType,
                       app.scope.authMethod};
    const auto live = [&now](const KeyRecord& key) {
        return KeyRules::isLive(key, now);
    };
    // Exactly as long as it needs to be: 100,000 of them are held.
    summary.liveKeys.reserve(std::count_if(overview.keys.cbegin(), overview.keys.cend(), live));
    for (const KeyRecord& key : overview.keys) {
        if (live(key))
            summary.liveKeys.append(
                {CompactId::of(key.keyId), CompactSha256::of(key.keySha256), key.createdAt, key.lastUsedAt});
    }
    return summary;
}

} // namespace AppKeys
