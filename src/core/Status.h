#pragma once

#include "Error.h"

#include <optional>

namespace AppKeys {

/// The outcome of an operation that returns nothing: success, or an Error.
class Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace AppKeys
