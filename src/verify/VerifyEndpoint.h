#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

namespace AppKeys {

class KeyChecker;

/// POST /v1/keys/verify, for an API server that asks itself: a JSON body {"key": KEY, "permissions": [...]}
/// ("permissions" optional, all required) is answered with 200 and KeyVerdict::toJson(), whatever the verdict; a body
/// that is not such an object with 400 {"error": ...}.
class VerifyEndpoint
{
public:
    static ApiResponse answer(const ApiRequest& request, const KeyChecker& checker);
};

} // namespace AppKeys
