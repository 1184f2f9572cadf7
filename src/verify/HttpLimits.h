#pragma once

#include <chrono>
#include <cstddef>

namespace AppKeys {

/// How much of a request the HTTP server accepts, and for how long it waits for it.
struct HttpLimits
{
    /// Request line and headers together; more is 431. Browsers and proxies stay far below 8 KiB.
    std::size_t headerBytes = 8 * 1024;
    /// More is 413: a key, a few permissions or a form with a token fit many times over.
    std::size_t bodyBytes = 16 * 1024;
    /// For a whole request, from its first byte (or the end of the previous one) to its last: a client that is
    /// slower, one byte at a time or not at all, gets 408 or is closed, and holds no thread meanwhile.
    std::chrono::milliseconds requestTimeout{std::chrono::seconds(10)};
};

} // namespace AppKeys
