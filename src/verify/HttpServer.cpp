#include "HttpServer.h"

#include "HttpSession.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <csignal>
#include <thread>
#include <vector>

namespace AppKeys {

namespace net = boost::asio;
using tcp = net::ip::tcp;

struct HttpServer::Running
{
    std::vector<std::unique_ptr<net::io_context>> loops;
    // A loop with nothing to do would return from run() at once; until stop(), each waits for connections instead.
    std::vector<net::executor_work_guard<net::io_context::executor_type>> keepRunning;
    std::unique_ptr<tcp::acceptor> acceptor;
    std::unique_ptr<net::signal_set> terminationSignals;
    std::vector<std::thread> threads;
    std::size_t nextLoop = 0;
};

namespace {

// Connections that wait to be accepted while all threads are busy; more than the default of 4096 would only queue.
constexpr int ListenBacklog = 1024;

} // namespace

HttpServer::HttpServer(HttpHandler handler, VerificationMetrics& metrics, HttpLimits limits)
    : m_handler(std::move(handler)), m_metrics(metrics), m_limits(limits)
{
}

HttpServer::~HttpServer()
{
    stop();
}

Result<quint16> HttpServer::start(const QString& address, quint16 port, int threads)
{
    auto running = std::make_unique<Running>();
    for (int index = 0; index < threads; ++index) {
        running->loops.push_back(std::make_unique<net::io_context>(1));
        running->keepRunning.push_back(net::make_work_guard(*running->loops.back()));
    }
    boost::system::error_code error;
    const net::ip::address ip = net::ip::make_address(address.toStdString(), error);
    const tcp::endpoint endpoint(ip, port);
    running->acceptor = std::make_unique<tcp::acceptor>(*running->loops.front());
    if (!error)
        running->acceptor->open(endpoint.protocol(), error);
    if (!error)
        running->acceptor->set_option(net::socket_base::reuse_address(true), error);
    if (!error)
        running->acceptor->bind(endpoint, error);
    if (!error)
        running->acceptor->listen(ListenBacklog, error);
    if (error)
        return Error{tr("Could not listen on %1 port %2.").arg(address).arg(port),
                     QString::fromStdString(error.message())};
    const quint16 listening = running->acceptor->local_endpoint().port();
    m_running = std::move(running);
    accept();
    for (const std::unique_ptr<net::io_context>& loop : m_running->loops)
        m_running->threads.emplace_back([&context = *loop] { context.run(); });
    return listening;
}

void HttpServer::accept()
{
    // Each connection goes to the next thread's loop in turn: its whole life is then handled by that one thread.
    net::io_context& loop = *m_running->loops.at(m_running->nextLoop++ % m_running->loops.size());
    m_running->acceptor->async_accept(loop, [this](boost::system::error_code error, tcp::socket socket) {
        if (error == net::error::operation_aborted)
            return;
        if (!error) {
            socket.set_option(tcp::no_delay(true), error);
            std::make_shared<HttpSession>(std::move(socket), m_handler, m_metrics, m_limits)->start();
        }
        accept();
    });
}

void HttpServer::callOnTerminationSignal(std::function<void()> onSignal)
{
    m_running->terminationSignals = std::make_unique<net::signal_set>(*m_running->loops.front(), SIGINT, SIGTERM);
    m_running->terminationSignals->async_wait([onSignal = std::move(onSignal)](boost::system::error_code error, int) {
        if (!error)
            onSignal();
    });
}

void HttpServer::stop()
{
    if (!m_running)
        return;
    for (const std::unique_ptr<net::io_context>& loop : m_running->loops)
        loop->stop();
    for (std::thread& thread : m_running->threads)
        thread.join();
    m_running.reset();
}

} // namespace AppKeys
