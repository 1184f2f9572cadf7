#include "AppOverview.h"

#include <QHash>

namespace AppKeys {

AppOverview AppOverview::of(AppRecord app, QList<KeyRecord> keys, const QDateTime& now)
{
    AppOverview overview{std::move(app), std::move(keys), {}, {}, {}, 0};
    overview.status = KeyStatus::ofApp(overview.keys, overview.app.active, now);
    if (const KeyRecord* reported = KeyStatus::reportedKey(overview.keys, now))
        overview.expiresAt = reported->expiresAt;
    for (const KeyRecord& key : overview.keys) {
        overview.useCount += key.useCount;
        if (key.lastUsedAt.isValid() && (!overview.lastUsedAt.isValid() || key.lastUsedAt > overview.lastUsedAt))
            overview.lastUsedAt = key.lastUsedAt;
    }
    return overview;
}

QList<AppOverview> AppOverview::ofAll(QList<AppRecord> apps, const QList<KeyRecord>& keys, const QDateTime& now)
{
    QHash<QString, QList<KeyRecord>> keysByApp;
    for (const KeyRecord& key : keys)
        keysByApp[key.applicationId].append(key);
    QList<AppOverview> overviews;
    overviews.reserve(apps.size());
    for (AppRecord& app : apps) {
        QList<KeyRecord> appKeys = keysByApp.take(app.applicationId);
        for (KeyRecord& key : appKeys)
            key.applicationId = app.applicationId; // equal: the keys share the app's copy of the text
        overviews.append(of(std::move(app), std::move(appKeys), now));
    }
    return overviews;
}

} // namespace AppKeys
