#include "RegistryFiller.h"

#include "Database.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace AppKeys::Bench {

namespace {

constexpr qint64 SecondsPerDay = 24 * 60 * 60;
constexpr int HistoryDays = 730;
constexpr int ProgressEvery = 10000;

} // namespace

RegistryFiller::RegistryFiller(std::shared_ptr<Database> database, quint32 seed, const QDateTime& now)
    : m_database(database), m_apps(database, m_clock), m_keys(database, m_clock), m_sampler(seed), m_now(now)
{
}

Status RegistryFiller::fill(int appCount)
{
    const QDateTime first = m_now.addDays(-HistoryDays);
    // The last app's history (a few minutes) must still end before `now`.
    const qint64 spanSeconds = (HistoryDays - 1) * SecondsPerDay;
    for (int i = 0; i < appCount; ++i) {
        const qint64 offset = appCount > 1 ? spanSeconds * i / (appCount - 1) : 0;
        if (Status added = addApp(first.addSecs(offset)); !added)
            return added;
        if ((i + 1) % ProgressEvery == 0)
            QTextStream(stderr) << u"appkeys_bench_fill: %1 of %2 apps\n"_s.arg(i + 1).arg(appCount);
    }
    return {};
}

Status RegistryFiller::addApp(const QDateTime& createdAt)
{
    m_clock->set(createdAt);
    AppRecord app = m_sampler.nextApp(m_database->actor(), createdAt);
    if (Status inserted = m_apps.insertApp(app); !inserted)
        return inserted;
    int entries = 1;
    QStringList keyIds;
    const Result<int> keyEntries = addKeys(app, keyIds);
    if (!keyEntries)
        return keyEntries.error();
    entries += keyEntries.value();
    // Half the apps were edited once: the trail then holds a details change, as real ones do.
    if (m_sampler.bounded(0, 2) == 0) {
        m_clock->advanceSeconds(60);
        AppDetails edited = app.details;
        edited.description = m_sampler.nextDescription(app.details.name);
        // An edit that changes nothing writes no entry; every app must have its EntriesPerApp.
        if (edited.description == app.details.description)
            edited.description += u" Moved to the new booking flow."_s;
        if (Status updated = m_apps.updateDetails(app.applicationId, app.rowVersion, edited); !updated)
            return updated;
        ++entries;
    }
    return addReveals(app, keyIds, EntriesPerApp - entries);
}

Result<int> RegistryFiller::addKeys(const AppRecord& app, QStringList& keyIds)
{
    const int keyCount = m_sampler.bounded(1, 4);
    int entries = 0;
    for (int k = 0; k < keyCount; ++k) {
        m_clock->advanceSeconds(30);
        if (k == 2) {
            if (Status revoked = m_keys.revokeKey(app.applicationId, keyIds.first()); !revoked)
                return revoked.error();
            ++entries;
        }
        const KeyRecord key = newKey(app.applicationId, m_sampler.bounded(30, HistoryDays + 1));
        if (Status inserted = m_keys.insertKey(key); !inserted)
            return inserted.error();
        keyIds << key.keyId;
        ++entries;
    }
    return entries;
}

KeyRecord RegistryFiller::newKey(const QString& applicationId, int lifetimeDays)
{
    const QString token = m_sampler.nextToken(CredentialKind::ApiKey);
    KeyRecord key;
    key.keyId = m_sampler.nextUuid();
    key.applicationId = applicationId;
    key.keySha256 = CredentialFormat::sha256Hex(token);
    key.keyHint = CredentialFormat::hint(token);
    key.createdBy = m_database->actor();
    key.createdAt = m_clock->nowUtc();
    key.expiresAt = key.createdAt.addDays(lifetimeDays);
    return key;
}

Status RegistryFiller::addReveals(const AppRecord& app, const QStringList& keyIds, int count)
{
    // The last key is never revoked, so revealing it is always allowed; the secret alternates with it.
    for (int i = 0; i < count; ++i) {
        m_clock->advanceSeconds(45);
        const Status recorded = i % 2 == 0 ? m_apps.recordSecretRead(app.applicationId)
                                           : m_keys.recordKeyRead(app.applicationId, keyIds.last());
        if (!recorded)
            return recorded;
    }
    return {};
}

} // namespace AppKeys::Bench
