#pragma once

#include "Database.h"
#include "Result.h"
#include "SecretStore.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

namespace AppKeys {

/// Opens the registry that --database or Settings names (PRODUCT.md section 7). An SQLite file opens directly; a
/// PostgreSQL registry (postgresql://role@host:port/database) is opened with its role's password, which is entered
/// once and then kept in the keychain: never in the URL, on the command line or in a settings file.
class RegistryConnector
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::RegistryConnector)

public:
    using OpenCallback = std::function<void(Result<std::shared_ptr<Database>>)>;

    explicit RegistryConnector(std::shared_ptr<SecretStore> secrets);

    /// Whether opening `location` needs a password from the keychain (a PostgreSQL URL).
    static bool needsPassword(const QString& location);
    /// Whether entering the password (again) could cure `error`: none stored, refused by the server, or a refusal
    /// in words that are not recognised (ConnectionErrorCode::Unrecognised), which the user then reads.
    static bool isCurableByPassword(const Error& error);
    /// The keychain entry of a PostgreSQL registry's password (SecretEntryKeys::registryPassword), e.g.
    /// "postgresql://appkeys_admin@db.example.com:5432/appkeys/password". An Error for a location that is not a
    /// valid PostgreSQL URL.
    static Result<QString> passwordEntryKey(const QString& location);

    /// Opens `location` (see Database::open). For PostgreSQL, reads the password from the keychain first; none
    /// stored yet is ConnectionErrorCode::PasswordMissing, a password the server refuses is
    /// ConnectionErrorCode::PasswordRejected: ask for it and call logIn(). `done` runs exactly once, after the
    /// keychain has answered (at once for SQLite). `ifMissing` as in Database::open.
    void open(const QString& location, Database::AccessMode mode, OpenCallback done,
              Database::IfMissing ifMissing = Database::IfMissing::Create);
    /// open(), waiting for the keychain in a local event loop: for the command line, which has nothing else to do
    /// meanwhile. An SQLite location never touches the keychain.
    Result<std::shared_ptr<Database>> openAndWait(const QString& location, Database::AccessMode mode,
                                                  Database::IfMissing ifMissing = Database::IfMissing::Create);
    /// Opens a PostgreSQL registry with a password the user just typed and, once the server has accepted it, stores
    /// it in the keychain for the next time (replacing what was there). A password that does not open the registry
    /// is not stored. `done` runs exactly once.
    void logIn(const QString& location, const QString& password, Database::AccessMode mode, OpenCallback done,
               Database::IfMissing ifMissing = Database::IfMissing::Create);
    /// logIn(), waiting for the keychain in a local event loop.
    Result<std::shared_ptr<Database>> logInAndWait(const QString& location, const QString& password,
                                                   Database::AccessMode mode,
                                                   Database::IfMissing ifMissing = Database::IfMissing::Create);
    /// Stores `password` as the one of the PostgreSQL registry at `location`, without trying it.
    void storePassword(const QString& location, const QString& password, SecretStore::StatusCallback done);
    /// Removes the stored password; one that was never stored is not an error.
    void forgetPassword(const QString& location, SecretStore::StatusCallback done);

private:
    std::shared_ptr<SecretStore> m_secrets;
};

} // namespace AppKeys
