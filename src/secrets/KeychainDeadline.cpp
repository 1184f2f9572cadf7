#include "KeychainDeadline.h"

#include "ErrorCode.h"

namespace AppKeys {

Error KeychainDeadline::timeoutError(std::chrono::milliseconds deadline)
{
    const int seconds = static_cast<int>(std::chrono::ceil<std::chrono::seconds>(deadline).count());
    return Error{tr("The OS keychain did not answer within %n second(s).", nullptr, seconds),
                 tr("Your keyring may be locked and waiting for its password in a window you cannot see. Unlock it "
                    "(or start it) and try again."),
                 ErrorCode::KeychainTimeout};
}

} // namespace AppKeys
