#pragma once

#include "HttpServer.h"
#include "IndexRefresher.h"
#include "KeyChecker.h"
#include "KeyIndex.h"
#include "RequestRouter.h"
#include "ServeOptions.h"
#include "ServiceLog.h"
#include "UsageRecorder.h"
#include "UsageTally.h"
#include "VerificationMetrics.h"

#include <QCoreApplication>
#include <memory>

namespace AppKeys {

class Database;

/// `appkeys serve` (PRODUCT.md section 10): verifies API keys over HTTP from an in-memory index of the registry's key
/// hashes, with no database query per request, follows the registry within a second, and records "last used" in
/// batches. Needs no keychain and no secret: it holds hashes only. Its registry connection lives in the thread that
/// creates it, which must run an event loop; the requests are answered by the HTTP server's own threads.
class VerificationService
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::VerificationService)

public:
    /// Records "last used" unless `database` is read-only. Logs to `log` (standard error).
    VerificationService(std::shared_ptr<Database> database, ServeOptions options, QTextStream& log);
    ~VerificationService();

    /// Reads the registry into the index, starts following it and listening; the port it listens on.
    Result<quint16> start();
    /// Calls `onSignal` (from another thread) at SIGINT or SIGTERM. After start().
    void callOnTerminationSignal(std::function<void()> onSignal);
    /// Stops answering, then writes the last batch of "last used".
    void stop();

    const VerificationMetrics& metrics() const { return m_metrics; }

private:
    std::shared_ptr<Database> m_database;
    ServeOptions m_options;
    ServiceLog m_log;
    VerificationMetrics m_metrics;
    KeyIndex m_index;
    UsageTally m_usage;
    KeyChecker m_checker;
    RequestRouter m_router;
    IndexRefresher m_refresher;
    std::unique_ptr<UsageRecorder> m_recorder;
    HttpServer m_server;
};

} // namespace AppKeys
