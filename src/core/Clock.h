#pragma once

#include <QDateTime>

namespace AppKeys {

/// The source of "now", injected so that expiry and audit times can be tested without waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

} // namespace AppKeys
