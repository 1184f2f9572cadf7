#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>
#include <memory>

namespace AppKeys {

class Database;
class ServiceLog;
class UsageTally;
class VerificationMetrics;

/// Writes "last used" to the registry in batches (PRODUCT.md section 10): every interval, what the UsageTally
/// gathered, one row per key (KeyUsageRepository), so that the database sees at most one write per key per
/// interval however many requests there were. A batch that cannot be written stays in the tally for the next.
class UsageRecorder : public QObject
{
    Q_OBJECT
public:
    UsageRecorder(std::shared_ptr<Database> database, UsageTally& tally, VerificationMetrics& metrics, ServiceLog& log,
                  std::chrono::seconds interval, QObject* parent = nullptr);

    void start();
    /// Writes what was gathered now: at each interval, and once more when the service stops.
    void flush();

private:
    std::shared_ptr<Database> m_database;
    UsageTally& m_tally;
    VerificationMetrics& m_metrics;
    ServiceLog& m_log;
    QTimer m_timer;
};

} // namespace AppKeys
