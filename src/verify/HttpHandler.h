#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

#include <functional>

namespace AppKeys {

/// What the HTTP server asks for each request; called from every server thread at once.
using HttpHandler = std::function<ApiResponse(const ApiRequest&)>;

} // namespace AppKeys
