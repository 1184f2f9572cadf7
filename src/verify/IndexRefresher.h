#pragma once

#include "RegistryChangeWatcher.h"
#include "Status.h"

#include <QObject>
#include <memory>

namespace AppKeys {

class Database;
class KeyIndex;
class ServiceLog;
class VerificationMetrics;

/// Keeps the KeyIndex following the registry (PRODUCT.md section 10): reads it whole at start, then, each time the
/// RegistryChangeWatcher says something may have changed, re-reads just the apps that the audit trail's new entries
/// are about, with their keys. A registry that cannot be read is reported (log, /healthz, /metrics) while the index
/// goes on being served, and looked at again at the next change or poll.
class IndexRefresher : public QObject
{
    Q_OBJECT
public:
    IndexRefresher(std::shared_ptr<Database> database, KeyIndex& index, VerificationMetrics& metrics, ServiceLog& log,
                   QObject* parent = nullptr);

    /// Reads the whole registry into the index, then follows it.
    Status start();
    /// Applies what changed since the last look.
    void refresh();

private:
    Status loadAll();
    Status applyChanges();
    void reportReachable(const Status& looked);

    std::shared_ptr<Database> m_database;
    KeyIndex& m_index;
    VerificationMetrics& m_metrics;
    ServiceLog& m_log;
    RegistryChangeWatcher m_watcher;
    qint64 m_sequence = 0;
    bool m_reachable = true;
};

} // namespace AppKeys
