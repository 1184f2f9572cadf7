#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

namespace AppKeys {

class KeyChecker;

/// POST /oauth2/introspect, OAuth 2.0 Token Introspection (RFC 7662), for gateways that speak it: a form-encoded body
/// with `token` (token_type_hint is accepted and not needed) is answered with 200 and {"active": true, "client_id":
/// the Application ID, "scope": the permissions, space-separated, "exp": expiry in seconds since the epoch} for a
/// valid key, {"active": false} for any other; a request without a token with 400 {"error": "invalid_request"}
/// (RFC 6749 section 5.2).
class IntrospectionEndpoint
{
public:
    static ApiResponse answer(const ApiRequest& request, const KeyChecker& checker);
    /// The `token` of an application/x-www-form-urlencoded body ('+' for space, percent-escapes); empty when absent.
    static QString formToken(const QByteArray& body);
};

} // namespace AppKeys
