#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <chrono>

namespace AppKeys {

/// What every keychain call says when the keychain does not answer within its deadline.
class KeychainDeadline
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::KeychainDeadline)

public:
    /// ErrorCode::KeychainTimeout "The OS keychain did not answer within N seconds.", with what to do.
    static Error timeoutError(std::chrono::milliseconds deadline);
};

} // namespace AppKeys
