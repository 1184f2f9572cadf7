#pragma once

#include "Status.h"

#include <QObject>
#include <QTimer>
#include <chrono>
#include <memory>

namespace AppKeys {

class Database;

/// Tells when another connection may have changed the registry, so that the verification service's index follows it
/// within a second (PRODUCT.md section 10). On PostgreSQL: the NOTIFY that every AppKeys writer sends when it commits
/// (WriteTransaction), and a look every BackstopInterval for writers that do not send it (an older AppKeys, SQL typed
/// by hand). On SQLite: PRAGMA data_version, read every PollInterval, which changes whenever another connection has
/// committed. Runs in the thread of the registry's connection, which needs an event loop.
class RegistryChangeWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds PollInterval{100};
    static constexpr std::chrono::milliseconds BackstopInterval{10000};

    explicit RegistryChangeWatcher(std::shared_ptr<Database> database, QObject* parent = nullptr);
    ~RegistryChangeWatcher() override;

    /// Starts watching; an Error when the server refuses to LISTEN.
    Status start();

signals:
    /// Something may have changed (or the registry could not be asked): look at what did.
    void changed();

private:
    Status listen();
    void pollDataVersion();

    std::shared_ptr<Database> m_database;
    QTimer m_timer;
    qint64 m_dataVersion = -1;
};

} // namespace AppKeys
