#pragma once

#include "LoginUserType.h"
#include "SourceApp.h"

#include <QString>
#include <QStringList>

namespace AppKeys {

/// What page 1 of the wizard collects: the descriptive fields of an app.
struct AppDetails
{
    QString name; ///< trimmed
    QString uri;
    QString description;
    LoginUserType loginUserType = LoginUserType::Guest;
    SourceApp sourceApp = SourceApp::ExternalCma;
    QStringList postLogoutRedirectUrls;
    QStringList postLoginRedirectUrls;
};

} // namespace AppKeys
