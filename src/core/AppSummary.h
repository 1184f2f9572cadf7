#pragma once

#include "AppOverview.h"
#include "AuthMethod.h"
#include "CompactId.h"
#include "CompactSha256.h"
#include "KeyStatus.h"
#include "LoginUserType.h"
#include "SourceApp.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace AppKeys {

/// An app as a list of every app keeps it (the Manage Applications table): what its columns, filters and keychain
/// notes read, as they stand at the moment it was made, and no more. A registry of 100,000 apps is held whole this
/// way, so its size counts: it has no description, URI, redirect URLs or hints, only the keys live at that moment,
/// its ids and hashes in binary, about a third of an AppOverview's memory. Whatever reads the rest reads the app whole.
struct AppSummary
{
    /// A key that was live when the summary was made (KeyRules::isLive).
    struct LiveKey
    {
        CompactId keyId;
        CompactSha256 keySha256;
        QDateTime createdAt;
        QDateTime lastUsedAt; ///< null if never used
    };

    CompactId applicationId;
    QString name;
    QString createdBy;
    QStringList permissionIds;
    QList<LiveKey> liveKeys; ///< newest first
    CompactSha256 secretSha256;
    QDateTime createdAt;
    QDateTime expiresAt;  ///< as AppOverview::expiresAt
    QDateTime lastUsedAt; ///< as AppOverview::lastUsedAt
    qint64 useCount = 0;
    KeyStatus status;
    SourceApp sourceApp = SourceApp::ExternalCma;
    LoginUserType loginUserType = LoginUserType::Guest;
    AuthMethod authMethod = AuthMethod::ApiKeyGroups;

    /// As AppOverview::hasKey: a key of any state, revoked and expired ones included.
    bool hasKey() const { return expiresAt.isValid(); }

    /// The summary of an overview worked out at `now` (AppOverview::of), whose keys live at `now` it keeps.
    static AppSummary of(const AppOverview& overview, const QDateTime& now);
};

} // namespace AppKeys
