#pragma once

#include "Result.h"
#include "Status.h"

#include <QString>

namespace AppKeys {

/// The error of a failed result as the user would read it, for QVERIFY2's message; empty when it succeeded.
template <typename T> QString errorText(const Result<T>& result)
{
    return result.ok() ? QString() : result.error().text();
}

inline QString errorText(const Status& status)
{
    return status.ok() ? QString() : status.error().text();
}

} // namespace AppKeys
