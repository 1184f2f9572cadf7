#pragma once

#include "Result.h"
#include "Status.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>

namespace AppKeys {

/// An entry as a listing names it: never its secret.
struct ListedEntry
{
    QString name;
    QDateTime createdAt; ///< UTC; null when the keychain does not say
};

/// Where plaintext secrets live: the OS keychain in the program, an in-memory double in pure widget tests.
/// Calls are asynchronous because the keychain answers over D-Bus; callbacks run on the caller's thread, exactly once.
class SecretStore
{
public:
    using StatusCallback = std::function<void(Status)>;
    using ReadCallback = std::function<void(Result<QString>)>;
    using ListCallback = std::function<void(Result<QList<ListedEntry>>)>;

    /// Error::code of a read or removal whose entry does not exist (QKeychain::EntryNotFound).
    static constexpr int EntryNotFoundCode = 1;

    virtual ~SecretStore() = default;

    virtual void write(const QString& entryKey, const QString& secret, StatusCallback done) = 0;
    virtual void read(const QString& entryKey, ReadCallback done) = 0;
    virtual void remove(const QString& entryKey, StatusCallback done) = 0;
    /// This store's entries whose names start with `prefix`, sorted by name. An Error when the keychain cannot list
    /// its entries (not every one can), or is locked.
    virtual void listEntries(const QString& prefix, ListCallback done) = 0;
};

} // namespace AppKeys
