#include "AppFilter.h"

#include "KeyRules.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

bool hasPermissionInGroup(const AppRecord& app, const QString& group)
{
    const QString prefix = group + u'.';
    return std::any_of(app.scope.permissionIds.begin(), app.scope.permissionIds.end(),
                       [&prefix](const QString& id) { return id.startsWith(prefix); });
}

bool expiresWithin(const AppOverview& overview, int days, const QDateTime& now)
{
    const bool usable =
        overview.status.state == KeyStatus::State::Active || overview.status.state == KeyStatus::State::ExpiresSoon;
    return usable && overview.expiresAt <= now.addDays(days);
}

// Support staff's "which keys are dead?": a key issued yesterday and not used yet is not dead, so a key that was
// never used counts from its creation.
bool unusedFor(const AppOverview& overview, int days, const QDateTime& now)
{
    const QDateTime since = now.addDays(-days);
    bool hasLiveKey = false;
    for (const KeyRecord& key : overview.keys) {
        if (!KeyRules::isLive(key, now))
            continue;
        hasLiveKey = true;
        const QDateTime lastActivity = key.lastUsedAt.isValid() ? key.lastUsedAt : key.createdAt;
        if (lastActivity > since)
            return false;
    }
    return hasLiveKey;
}

bool containsText(const AppRecord& app, const QString& text)
{
    for (const QString& field :
         {app.details.name, app.applicationId, app.details.uri, app.details.description, app.createdBy}) {
        if (field.contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

bool AppFilter::matches(const AppOverview& overview, const QDateTime& now) const
{
    const AppRecord& app = overview.app;
    return (!sourceApp || app.details.sourceApp == *sourceApp) &&
           (!loginUserType || app.details.loginUserType == *loginUserType) &&
           (!authMethod || app.scope.authMethod == *authMethod) &&
           (apiGroup.isEmpty() || hasPermissionInGroup(app, apiGroup)) &&
           (status.isEmpty() || overview.status.storageString() == status) &&
           (!expiresWithinDays || expiresWithin(overview, *expiresWithinDays, now)) &&
           (searchText.isEmpty() || containsText(app, searchText)) &&
           (!unusedForDays || unusedFor(overview, *unusedForDays, now));
}

QStringList AppFilter::statusChoices()
{
    using State = KeyStatus::State;
    QStringList choices;
    for (const State state :
         {State::Active, State::ExpiresSoon, State::Expired, State::Revoked, State::NoKey, State::Inactive})
        choices.append(KeyStatus{state, 0}.storageString());
    return choices;
}

} // namespace AppKeys
