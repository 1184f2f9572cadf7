#pragma once

#include "HttpHandler.h"
#include "HttpLimits.h"
#include "Result.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

namespace AppKeys {

class VerificationMetrics;

/// The verification service's HTTP/1.1 server, on Boost.Beast and Boost.Asio (both header-only, Debian's
/// libboost-dev): chosen by measurement, see README.md. One listening socket accepts connections and hands each to one
/// of `threads` event loops in turn, each run by its own thread, so that no connection waits for another's: a slow or
/// hostile client costs a socket and a little memory, never a thread. Requests are parsed within HttpLimits.
class HttpServer
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::HttpServer)

public:
    HttpServer(HttpHandler handler, VerificationMetrics& metrics, HttpLimits limits);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    /// Listens on `address` (an IPv4 or IPv6 literal) and `port` (0: any free one) and starts the threads; the port it
    /// listens on, or an Error naming the address and the system's reason.
    Result<quint16> start(const QString& address, quint16 port, int threads);
    /// Calls `onSignal`, from a server thread, when the process receives SIGINT or SIGTERM. After start().
    void callOnTerminationSignal(std::function<void()> onSignal);
    /// Closes every connection and joins the threads; also done on destruction.
    void stop();

private:
    struct Running;
    void accept();

    HttpHandler m_handler;
    VerificationMetrics& m_metrics;
    HttpLimits m_limits;
    std::unique_ptr<Running> m_running;
};

} // namespace AppKeys
