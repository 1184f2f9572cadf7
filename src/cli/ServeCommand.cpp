#include "ServeCommand.h"

#include "ArgumentParser.h"
#include "CommandContext.h"
#include "Database.h"
#include "LaunchOptions.h"
#include "VerificationService.h"

#include <QEventLoop>
#include <QThread>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

const QString ListenOption = u"listen"_s;
const QString ThreadsOption = u"threads"_s;
const QString LastUsedIntervalOption = u"last-used-interval"_s;
const QString RequestTimeoutOption = u"request-timeout"_s;
const QString LogRequestsOption = u"log-requests"_s;

} // namespace

QStringList ServeCommand::words() const
{
    return {u"serve"_s};
}

QString ServeCommand::summary() const
{
    return tr("Runs the verification service until stopped (SIGTERM, Ctrl+C): HTTP endpoints that tell whether an API "
              "key is valid, from an index of the registry's key hashes that follows every change within a second. "
              "GET /v1/auth for reverse proxies (nginx auth_request, Traefik ForwardAuth, Envoy ext_authz), POST "
              "/v1/keys/verify, POST /oauth2/introspect (RFC 7662), GET /healthz and GET /metrics. It records when "
              "each key was last used, unless --read-only. Needs no keychain: on PostgreSQL the role's password comes "
              "from a password file (PGPASSFILE). See docs/verification.md.");
}

QList<CommandOption> ServeCommand::options() const
{
    return {
        {ListenOption, u"HOST:PORT"_s,
         tr("where to listen (default 127.0.0.1:%1; port 0 picks a free one)").arg(ListenAddress::DefaultPort)},
        {ThreadsOption, u"N"_s, tr("threads answering requests (default: one per processor)")},
        {LastUsedIntervalOption, u"SECONDS"_s,
         tr("how often to record when keys were last used: each key at most once per interval (default 60)")},
        {RequestTimeoutOption, u"SECONDS"_s,
         tr("time a client has to send a whole request before it is refused (default 10)")},
        {LogRequestsOption, {}, tr("log every verification on standard error, with the key's hint only")},
    };
}

Status ServeCommand::configure(const ArgumentParser& arguments, const QString&)
{
    const LaunchOptions launch = LaunchOptions::from(arguments);
    m_location = launch.registryLocation();
    m_readOnly = launch.readOnly;
    if (arguments.isSet(ListenOption)) {
        const Result<ListenAddress> listen = ListenAddress::parse(arguments.value(ListenOption));
        if (!listen)
            return listen.error();
        m_options.listen = listen.value();
    }
    const Result<int> threads = positiveNumber(arguments, ThreadsOption, std::max(1, QThread::idealThreadCount()));
    const Result<int> interval = positiveNumber(arguments, LastUsedIntervalOption, 60);
    const Result<int> timeout = positiveNumber(arguments, RequestTimeoutOption, 10);
    for (const Result<int>* number : {&threads, &interval, &timeout}) {
        if (!*number)
            return number->error();
    }
    m_options.threads = threads.value();
    m_options.lastUsedInterval = std::chrono::seconds(interval.value());
    m_options.limits.requestTimeout = std::chrono::seconds(timeout.value());
    m_options.logRequests = arguments.isSet(LogRequestsOption);
    return {};
}

Status ServeCommand::execute(const CommandContext& context)
{
    const auto mode = m_readOnly ? Database::AccessMode::ReadOnly : Database::AccessMode::ReadWrite;
    // No password here: libpq reads it from PGPASSFILE (or needs none), so that no keychain is involved.
    const Result<std::shared_ptr<Database>> database =
        Database::open(m_location, mode, QString(), Database::IfMissing::Refuse);
    if (!database)
        return database.error();
    VerificationService service(database.value(), m_options, context.err());
    if (const Result<quint16> port = service.start(); !port)
        return port.error();
    QEventLoop loop;
    service.callOnTerminationSignal(
        [&loop] { QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection); });
    loop.exec();
    service.stop();
    context.err() << tr("appkeys serve: stopped.") << u'\n';
    return {};
}

Result<int> ServeCommand::positiveNumber(const ArgumentParser& arguments, const QString& option, int fallback)
{
    if (!arguments.isSet(option))
        return fallback;
    bool isNumber = false;
    const int number = arguments.value(option).toInt(&isNumber);
    if (!isNumber || number < 1)
        return Error{
            tr("bad value “%1” for '--%2': use a whole number, 1 or more").arg(arguments.value(option), option), {}};
    return number;
}

} // namespace AppKeys
