#pragma once

#include <QString>
#include <QStringList>

namespace AppKeys {

/// What the index keeps of an app, shared by its keys and never changed once built: a change to the app replaces it.
struct IndexedApp
{
    QString applicationId;
    QString name;
    bool active = true;
    QStringList permissionIds; ///< sorted; apps with the same permissions share one list
};

} // namespace AppKeys
