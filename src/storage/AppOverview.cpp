#include "AppOverview.h"

#include "AppRepository.h"

#include <QHash>

namespace AppKeys {

AppOverview AppOverview::of(AppRecord app, QList<KeyRecord> keys, const QDateTime& now)
{
    AppOverview overview{std::move(app), std::move(keys), {}, {}};
    overview.status = KeyStatus::ofApp(overview.keys, overview.app.active, now, WarningDays);
    if (const KeyRecord* reported = KeyStatus::reportedKey(overview.keys, now))
        overview.expiresAt = reported->expiresAt;
    return overview;
}

Result<QList<AppOverview>> AppOverview::loadAll(const AppRepository& repository, const QDateTime& now)
{
    Result<QList<AppRecord>> apps = repository.listApps();
    if (!apps)
        return apps.error();
    const Result<QList<KeyRecord>> keys = repository.listKeys();
    if (!keys)
        return keys.error();
    QHash<QString, QList<KeyRecord>> keysByApp;
    for (const KeyRecord& key : keys.value())
        keysByApp[key.applicationId].append(key);
    QList<AppOverview> overviews;
    overviews.reserve(apps.value().size());
    for (AppRecord& app : apps.value()) {
        QList<KeyRecord> appKeys = keysByApp.value(app.applicationId);
        overviews.append(of(std::move(app), std::move(appKeys), now));
    }
    return overviews;
}

Result<AppOverview> AppOverview::load(const AppRepository& repository, const QString& idOrName, const QDateTime& now)
{
    Result<AppRecord> app = repository.findAppByIdOrName(idOrName);
    if (!app)
        return app.error();
    Result<QList<KeyRecord>> keys = repository.keysForApp(app.value().applicationId);
    if (!keys)
        return keys.error();
    return of(std::move(app).value(), std::move(keys).value(), now);
}

} // namespace AppKeys
