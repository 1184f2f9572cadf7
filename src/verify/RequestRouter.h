#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

namespace AppKeys {

class KeyChecker;
class VerificationMetrics;

/// The verification service's endpoints (PRODUCT.md section 10), each answered from the in-memory index without a
/// database query: /v1/auth (AuthEndpoint), POST /v1/keys/verify (VerifyEndpoint), POST /oauth2/introspect
/// (IntrospectionEndpoint), GET /healthz and GET /metrics. Another path is 404, another method 405. Called from every
/// HTTP thread at once.
class RequestRouter
{
public:
    RequestRouter(const KeyChecker& checker, const VerificationMetrics& metrics);

    ApiResponse handle(const ApiRequest& request) const;

private:
    /// 200 {"status": "ok", "keys", "last_refresh"} while the registry answers, else 503 with "status":
    /// "registry_unreachable": the index is still served, but may be behind.
    ApiResponse health() const;
    ApiResponse metrics() const;

    const KeyChecker& m_checker;
    const VerificationMetrics& m_metrics;
};

} // namespace AppKeys
