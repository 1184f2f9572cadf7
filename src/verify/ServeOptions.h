#pragma once

#include "HttpLimits.h"
#include "ListenAddress.h"

#include <chrono>

namespace AppKeys {

/// How `appkeys serve` runs (its options; see ServeCommand).
struct ServeOptions
{
    ListenAddress listen;
    int threads = 2;
    /// How often the uses of keys are written to the registry: each key at most once per interval.
    std::chrono::seconds lastUsedInterval{60};
    HttpLimits limits;
    /// A line per verification on standard error (with the key's hint only).
    bool logRequests = false;
};

} // namespace AppKeys
