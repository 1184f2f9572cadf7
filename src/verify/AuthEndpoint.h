#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

#include <QStringList>

namespace AppKeys {

class KeyChecker;

/// GET /v1/auth, for reverse proxies: nginx auth_request, Traefik ForwardAuth, Envoy ext_authz over HTTP (which sends
/// the original request's method and path below /v1/auth, so every method and path below it is accepted).
/// The key comes from `Authorization: apikey KEY` (the platform's scheme), `Authorization: Bearer KEY` or
/// `X-API-Key: KEY`; the permissions the proxy requires from `X-AppKeys-Require` and the query parameter `require`
/// (commas or spaces between several, all required). A valid key gets 204 with X-AppKeys-Application-Id,
/// X-AppKeys-App-Name and X-AppKeys-Permissions for the proxy to pass upstream; a valid key without a required
/// permission 403; a missing, malformed, unknown, expired, revoked or deactivated key 401. Each refusal names its
/// code in X-AppKeys-Code.
class AuthEndpoint
{
public:
    static ApiResponse answer(const ApiRequest& request, const KeyChecker& checker);

    /// The key the request presents; empty when it presents none.
    static QString presentedKey(const ApiRequest& request);
    static QStringList requiredPermissions(const ApiRequest& request);
    /// A header value that is safe whatever the text: UTF-8, with every byte outside printable ASCII, and '%', as
    /// %XX (so that an app's name can neither break the header nor smuggle one in).
    static QByteArray headerText(const QString& text);
};

} // namespace AppKeys
