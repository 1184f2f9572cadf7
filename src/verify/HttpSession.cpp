#include "HttpSession.h"

#include "ApiRequest.h"
#include "VerificationMetrics.h"

#include <boost/asio/dispatch.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>

namespace AppKeys {

namespace beast = boost::beast;
namespace http = beast::http;

namespace {

// How long a refused client has to read its error before the connection is closed anyway.
constexpr std::chrono::seconds GoodbyeTime{1};

QByteArray bytes(beast::string_view text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

QByteArray field(const http::request<http::string_body>& request, beast::string_view name)
{
    const auto found = request.find(name);
    return found == request.end() ? QByteArray() : bytes(found->value());
}

ApiRequest apiRequest(http::request<http::string_body>& request)
{
    return ApiRequest{bytes(request.method_string()),
                      bytes(request.target()),
                      field(request, "Authorization"),
                      field(request, "X-API-Key"),
                      field(request, "X-AppKeys-Require"),
                      field(request, "Content-Type"),
                      bytes(request.body())};
}

std::optional<VerificationMetrics::Rejection> rejectionOf(http::status status)
{
    switch (status) {
    case http::status::bad_request:
        return VerificationMetrics::Rejection::Malformed;
    case http::status::request_timeout:
        return VerificationMetrics::Rejection::TimedOut;
    case http::status::payload_too_large:
        return VerificationMetrics::Rejection::BodyTooLarge;
    case http::status::request_header_fields_too_large:
        return VerificationMetrics::Rejection::HeaderTooLarge;
    default:
        return std::nullopt;
    }
}

} // namespace

HttpSession::HttpSession(boost::asio::ip::tcp::socket&& socket, const HttpHandler& handler,
                         VerificationMetrics& metrics, const HttpLimits& limits)
    : m_stream(std::move(socket)), m_requestDeadline(m_stream.get_executor()), m_handler(handler), m_metrics(metrics),
      m_limits(limits)
{
}

void HttpSession::start()
{
    boost::asio::dispatch(m_stream.get_executor(),
                          beast::bind_front_handler(&HttpSession::readRequest, shared_from_this()));
}

void HttpSession::readRequest()
{
    m_parser.emplace();
    m_parser->header_limit(std::uint32_t(m_limits.headerBytes));
    m_parser->body_limit(m_limits.bodyBytes);
    // One deadline for the whole request, header and body: a client that sends a byte now and then is not
    // given more time for it.
    m_stream.expires_never();
    m_requestTimedOut = false;
    m_requestDeadline.expires_after(m_limits.requestTimeout);
    m_requestDeadline.async_wait([self = shared_from_this()](beast::error_code error) {
        if (error)
            return;
        self->m_requestTimedOut = true;
        beast::error_code ignored;
        self->m_stream.socket().cancel(ignored);
    });
    http::async_read(m_stream, m_buffer, *m_parser,
                     [self = shared_from_this()](beast::error_code error, std::size_t) { self->onRead(error); });
}

void HttpSession::onRead(beast::error_code error)
{
    m_requestDeadline.cancel();
    if (!error) {
        http::request<http::string_body>& request = m_parser->get();
        const ApiRequest received = apiRequest(request);
        respond(m_handler(received), request.keep_alive(), request.method() == http::verb::head);
        return;
    }
    if (error == http::error::header_limit)
        return reject(http::status::request_header_fields_too_large);
    if (error == http::error::body_limit)
        return reject(http::status::payload_too_large);
    if (m_requestTimedOut)
        // A connection that stayed idle between requests is closed without a word, as keep-alive allows.
        return m_parser->got_some() || m_buffer.size() > 0 ? reject(http::status::request_timeout) : close();
    if (error == http::error::end_of_stream || error == http::error::partial_message ||
        error.category() != beast::http::make_error_code(http::error::end_of_stream).category())
        return close();
    reject(http::status::bad_request);
}

void HttpSession::reject(http::status status)
{
    if (const auto rejection = rejectionOf(status))
        m_metrics.countRejection(*rejection);
    m_response = {};
    m_response.version(11);
    m_response.result(status);
    m_response.keep_alive(false);
    m_response.prepare_payload();
    m_stream.expires_after(GoodbyeTime);
    write();
}

void HttpSession::respond(const ApiResponse& answer, bool keepAlive, bool headRequest)
{
    m_response = {};
    m_response.version(11);
    m_response.result(unsigned(answer.status));
    for (const auto& [name, value] : answer.headers)
        m_response.set(beast::string_view(name.constData(), std::size_t(name.size())),
                       beast::string_view(value.constData(), std::size_t(value.size())));
    if (!answer.contentType.isEmpty())
        m_response.set(http::field::content_type,
                       beast::string_view(answer.contentType.constData(), std::size_t(answer.contentType.size())));
    if (!headRequest)
        m_response.body().assign(answer.body.constData(), std::size_t(answer.body.size()));
    m_response.keep_alive(keepAlive);
    m_response.prepare_payload();
    m_stream.expires_after(m_limits.requestTimeout);
    write();
}

void HttpSession::write()
{
    http::async_write(m_stream, m_response, [self = shared_from_this()](beast::error_code error, std::size_t) {
        if (error)
            return self->close();
        if (!self->m_response.keep_alive())
            return self->closeGracefully();
        self->readRequest();
    });
}

void HttpSession::closeGracefully()
{
    beast::error_code ignored;
    m_stream.socket().shutdown(boost::asio::ip::tcp::socket::shutdown_send, ignored);
    m_stream.expires_after(GoodbyeTime);
    m_buffer.clear();
    discardUntilClosed();
}

void HttpSession::discardUntilClosed()
{
    m_stream.async_read_some(m_buffer.prepare(4096), [self = shared_from_this()](beast::error_code error, std::size_t) {
        if (error)
            return self->close();
        self->m_buffer.clear();
        self->discardUntilClosed();
    });
}

void HttpSession::close()
{
    beast::error_code ignored;
    m_stream.socket().shutdown(boost::asio::ip::tcp::socket::shutdown_both, ignored);
    m_stream.close();
}

} // namespace AppKeys
