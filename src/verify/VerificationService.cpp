#include "VerificationService.h"

#include "Database.h"

namespace AppKeys {

VerificationService::VerificationService(std::shared_ptr<Database> database, ServeOptions options, QTextStream& log)
    : m_database(std::move(database)), m_options(std::move(options)), m_log(log),
      m_checker(m_index, m_metrics, m_database->isReadOnly() ? nullptr : &m_usage,
                m_options.logRequests ? &m_log : nullptr),
      m_router(m_checker, m_metrics), m_refresher(m_database, m_index, m_metrics, m_log),
      m_server([this](const ApiRequest& request) { return m_router.handle(request); }, m_metrics, m_options.limits)
{
    if (!m_database->isReadOnly())
        m_recorder = std::make_unique<UsageRecorder>(m_database, m_usage, m_metrics, m_log, m_options.lastUsedInterval);
}

VerificationService::~VerificationService()
{
    stop();
}

Result<quint16> VerificationService::start()
{
    if (Status loaded = m_refresher.start(); !loaded)
        return loaded.error();
    const Result<quint16> port = m_server.start(m_options.listen.host, m_options.listen.port, m_options.threads);
    if (!port)
        return port;
    if (m_recorder)
        m_recorder->start();
    ListenAddress listening = m_options.listen;
    listening.port = port.value();
    m_log.write(
        tr("appkeys serve: listening on http://%1 with %n key(s) of the registry %2.", nullptr, int(m_index.keyCount()))
            .arg(listening.toString(), m_database->location()));
    if (!m_recorder)
        m_log.write(tr("appkeys serve: the registry is open read-only, so when keys were last used is not recorded."));
    return port;
}

void VerificationService::callOnTerminationSignal(std::function<void()> onSignal)
{
    m_server.callOnTerminationSignal(std::move(onSignal));
}

void VerificationService::stop()
{
    m_server.stop();
    if (m_recorder)
        m_recorder->flush();
}

} // namespace AppKeys
