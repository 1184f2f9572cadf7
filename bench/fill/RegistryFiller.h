#pragma once

#include "AppRepository.h"
#include "AppSampler.h"
#include "KeyRepository.h"
#include "SteppingClock.h"

#include <memory>

namespace AppKeys::Bench {

/// Fills a new registry through the storage layer, app by app, in time order: each app's history (created, 1–3 keys
/// of which at most two stay live, an edit, reveals) is written with the repositories' own transactions, so that the
/// audit chain is valid by construction whatever format the trail has. Every app gets exactly EntriesPerApp audit
/// entries. The history is spread over the two years before `now` with key lifetimes of 30–730 days, so that some
/// keys expired long ago, some expire within the 30-day warning and most are live.
class RegistryFiller
{
public:
    static constexpr int EntriesPerApp = 10;

    RegistryFiller(std::shared_ptr<Database> database, quint32 seed, const QDateTime& now);

    /// Writes `appCount` apps; stops at the first refused write, which is returned.
    Status fill(int appCount);

private:
    Status addApp(const QDateTime& createdAt);
    /// Issues 1–3 keys; a third comes only after the first is revoked, as KeyRules demands. Returns the entries
    /// written.
    Result<int> addKeys(const AppRecord& app, QStringList& keyIds);
    KeyRecord newKey(const QString& applicationId, int lifetimeDays);
    Status addReveals(const AppRecord& app, const QStringList& keyIds, int count);

    std::shared_ptr<SteppingClock> m_clock = std::make_shared<SteppingClock>();
    std::shared_ptr<Database> m_database;
    AppRepository m_apps;
    KeyRepository m_keys;
    AppSampler m_sampler;
    QDateTime m_now;
};

} // namespace AppKeys::Bench
