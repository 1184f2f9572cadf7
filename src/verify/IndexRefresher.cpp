#include "IndexRefresher.h"

#include "AppRepository.h"
#include "Database.h"
#include "ErrorCode.h"
#include "KeyIndex.h"
#include "KeyIndexReader.h"
#include "KeyRepository.h"
#include "ServiceLog.h"
#include "VerificationMetrics.h"

namespace AppKeys {

IndexRefresher::IndexRefresher(std::shared_ptr<Database> database, KeyIndex& index, VerificationMetrics& metrics,
                               ServiceLog& log, QObject* parent)
    : QObject(parent), m_database(std::move(database)), m_index(index), m_metrics(metrics), m_log(log),
      m_watcher(m_database)
{
    connect(&m_watcher, &RegistryChangeWatcher::changed, this, &IndexRefresher::refresh);
}

Status IndexRefresher::start()
{
    if (Status loaded = loadAll(); !loaded)
        return loaded;
    m_metrics.setRegistryReachable(true);
    return m_watcher.start();
}

void IndexRefresher::refresh()
{
    reportReachable(applyChanges());
}

Status IndexRefresher::loadAll()
{
    const KeyIndexReader reader(m_database);
    // Read first: a change committed while the rows are read is then applied once more, which changes nothing.
    const Result<qint64> sequence = reader.latestSequence();
    if (!sequence)
        return sequence.error();
    KeyIndex::Builder builder;
    if (Status read = reader.forEachApp([&builder](const AppRecord& app) { builder.addApp(app); }); !read)
        return read;
    if (Status read = reader.forEachKey([&builder](const KeyRecord& key) { builder.addKey(key); }); !read)
        return read;
    m_index.replaceAll(std::move(builder));
    m_sequence = sequence.value();
    m_metrics.setIndex(m_index.keyCount(), QDateTime::currentDateTimeUtc());
    return {};
}

Status IndexRefresher::applyChanges()
{
    const Result<KeyIndexReader::Changes> changes = KeyIndexReader(m_database).changesSince(m_sequence);
    if (!changes)
        return changes.error();
    const AppRepository apps(m_database);
    const KeyRepository keys(m_database);
    for (const QString& applicationId : changes.value().applicationIds) {
        const Result<AppRecord> app = apps.findApp(applicationId);
        if (!app && app.error().code != ErrorCode::NotFound)
            return app.error();
        const Result<QList<KeyRecord>> appKeys = keys.keysForApp(applicationId);
        if (!appKeys)
            return appKeys.error();
        // A deleted app is NotFound: its keys leave the index.
        m_index.replaceApp(app ? std::optional<AppRecord>(app.value()) : std::nullopt, appKeys.value());
    }
    m_sequence = changes.value().latestSequence;
    m_metrics.setIndex(m_index.keyCount(), QDateTime::currentDateTimeUtc());
    return {};
}

void IndexRefresher::reportReachable(const Status& looked)
{
    m_metrics.setRegistryReachable(looked.ok());
    if (looked.ok() == m_reachable)
        return;
    m_reachable = looked.ok();
    m_log.write(looked ? tr("appkeys serve: the registry answers again; the index follows it.")
                       : tr("appkeys serve: could not read the registry, so the index may fall behind it: %1 %2")
                             .arg(looked.error().message, looked.error().hint));
}

} // namespace AppKeys
