#pragma once

// Boost 1.74's Asio uses std::exchange without including <utility>, which C++20 headers no longer pull in.
#include <utility>

#include "HttpHandler.h"
#include "HttpLimits.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <memory>
#include <optional>

namespace AppKeys {

class VerificationMetrics;

/// One client connection of the HTTP server: reads requests one after the other (keep-alive) within HttpLimits and
/// answers each with the handler's response; a request over a limit, malformed or too slow gets its error status and
/// the connection is closed. Lives as long as an operation on it is pending.
class HttpSession : public std::enable_shared_from_this<HttpSession>
{
public:
    HttpSession(boost::asio::ip::tcp::socket&& socket, const HttpHandler& handler, VerificationMetrics& metrics,
                const HttpLimits& limits);

    void start();

private:
    void readRequest();
    void onRead(boost::beast::error_code error);
    /// A request the server refuses itself: `status`, then the connection is closed.
    void reject(boost::beast::http::status status);
    void respond(const ApiResponse& answer, bool keepAlive, bool headRequest);
    void write();
    /// Stops sending, then reads what the client still sends for a moment, so that it reads the error before the
    /// connection is closed (closing with unread data would reset it).
    void closeGracefully();
    void discardUntilClosed();
    void close();

    boost::beast::tcp_stream m_stream;
    /// The deadline of the request being read. Not the stream's own, which closes the socket when it passes, so that
    /// a slow client can still be told 408.
    boost::asio::steady_timer m_requestDeadline;
    bool m_requestTimedOut = false;
    boost::beast::flat_buffer m_buffer;
    std::optional<boost::beast::http::request_parser<boost::beast::http::string_body>> m_parser;
    boost::beast::http::response<boost::beast::http::string_body> m_response;
    const HttpHandler& m_handler;
    VerificationMetrics& m_metrics;
    const HttpLimits& m_limits;
};

} // namespace AppKeys
