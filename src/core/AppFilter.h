#pragma once

#include "AppOverview.h"
#include "AuthMethod.h"
#include "LoginUserType.h"
#include "SourceApp.h"

#include <optional>

namespace AppKeys {

/// The filters of `appkeys list`, the same as the main window's; an unset filter lets every app through.
struct AppFilter
{
    std::optional<SourceApp> sourceApp;
    std::optional<LoginUserType> loginUserType;
    std::optional<AuthMethod> authMethod;
    QString apiGroup;                     ///< a catalogue group id: the app has at least one permission in it
    QString status;                       ///< a KeyStatus::storageString()
    std::optional<int> expiresWithinDays; ///< the app's keys are usable and the last of them expires within this
    QString searchText;                   ///< in the name, id, URI, description or creator, case-insensitive
    /// The app has a usable key, and none of its usable keys was used (or, never used, issued) in this many days.
    std::optional<int> unusedForDays;

    bool matches(const AppOverview& overview, const QDateTime& now) const;

    /// Every KeyStatus::storageString(), for --status.
    static QStringList statusChoices();
};

} // namespace AppKeys
