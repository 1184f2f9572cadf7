#include "RequestRouter.h"

#include "AuthEndpoint.h"
#include "IntrospectionEndpoint.h"
#include "VerificationMetrics.h"
#include "VerifyEndpoint.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

ApiResponse methodNotAllowed(const QByteArray& allowed)
{
    ApiResponse response = ApiResponse::json(405, {{u"error"_s, u"method not allowed"_s}});
    response.addHeader("Allow", allowed);
    return response;
}

} // namespace

RequestRouter::RequestRouter(const KeyChecker& checker, const VerificationMetrics& metrics)
    : m_checker(checker), m_metrics(metrics)
{
}

ApiResponse RequestRouter::handle(const ApiRequest& request) const
{
    const QByteArray path = request.path();
    if (path == "/v1/auth" || path.startsWith("/v1/auth/"))
        return AuthEndpoint::answer(request, m_checker);
    if (path == "/v1/keys/verify")
        return request.method == "POST" ? VerifyEndpoint::answer(request, m_checker) : methodNotAllowed("POST");
    if (path == "/oauth2/introspect")
        return request.method == "POST" ? IntrospectionEndpoint::answer(request, m_checker) : methodNotAllowed("POST");
    if (path == "/healthz")
        return request.method == "GET" ? health() : methodNotAllowed("GET");
    if (path == "/metrics")
        return request.method == "GET" ? metrics() : methodNotAllowed("GET");
    return ApiResponse::json(404, {{u"error"_s, u"not found"_s}});
}

ApiResponse RequestRouter::health() const
{
    const bool reachable = m_metrics.isRegistryReachable();
    const QDateTime lastRefresh = m_metrics.lastRefresh();
    return ApiResponse::json(
        reachable ? 200 : 503,
        {{u"status"_s, reachable ? u"ok"_s : u"registry_unreachable"_s},
         {u"keys"_s, qint64(m_metrics.indexedKeys())},
         {u"last_refresh"_s,
          lastRefresh.isValid() ? QJsonValue(lastRefresh.toString(Qt::ISODateWithMs)) : QJsonValue()}});
}

ApiResponse RequestRouter::metrics() const
{
    return {200, {}, QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"), m_metrics.prometheusText()};
}

} // namespace AppKeys
