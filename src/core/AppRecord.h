#pragma once

#include "AppDetails.h"
#include "AppScope.h"

#include <QDateTime>

namespace AppKeys {

/// An app as the registry stores it. Only the secret's hash and hint, never the secret.
struct AppRecord
{
    QString applicationId;
    AppDetails details;
    AppScope scope;
    QString secretSha256;
    QString secretHint;
    QString createdBy;
    QDateTime createdAt;  ///< UTC, millisecond precision
    bool active = true;   ///< false while deactivated: its keys are unusable until it is reactivated
    int rowVersion = 1;   ///< raised by every change; an edit based on an older version is a conflict
    bool deleted = false; ///< marked deleted; only a reading of every row (AppRepository::listEveryApp) has such
};

} // namespace AppKeys
