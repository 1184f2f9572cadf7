#pragma once

#include "Result.h"
#include "Status.h"

#include <QString>
#include <functional>

namespace AppKeys {

/// Where plaintext secrets live: the OS keychain in the program, an in-memory double in pure widget tests.
/// Calls are asynchronous because the keychain answers over D-Bus; callbacks run on the caller's thread.
class SecretStore
{
public:
    using StatusCallback = std::function<void(Status)>;
    using ReadCallback = std::function<void(Result<QString>)>;

    /// Error::code of a read or removal whose entry does not exist (QKeychain::EntryNotFound).
    static constexpr int EntryNotFoundCode = 1;

    virtual ~SecretStore() = default;

    virtual void write(const QString& entryKey, const QString& secret, StatusCallback done) = 0;
    virtual void read(const QString& entryKey, ReadCallback done) = 0;
    virtual void remove(const QString& entryKey, StatusCallback done) = 0;
};

} // namespace AppKeys
