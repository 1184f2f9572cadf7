#include "RegistryConnector.h"

#include "ConnectionErrorCode.h"
#include "PostgresLocation.h"
#include "SecretEntryKeys.h"

#include <QEventLoop>
#include <optional>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

Error passwordMissing(const QString& canonicalUrl)
{
    return Error{
        RegistryConnector::tr("No password for the registry %1 is stored in the keychain yet.").arg(canonicalUrl),
        RegistryConnector::tr("Enter the database role's password once (appkeys login, or when the window "
                              "asks for it); AppKeys then keeps it in the keychain."),
        ConnectionErrorCode::PasswordMissing};
}

Error keychainUnreadable(const Error& keychainError)
{
    return Error{
        RegistryConnector::tr("Could not read the database password from the keychain: %1").arg(keychainError.message),
        keychainError.hint, keychainError.code};
}

/// Runs `start` and waits until it calls back; the callback may also come before `start` returns.
Result<std::shared_ptr<Database>> waitFor(const std::function<void(RegistryConnector::OpenCallback)>& start)
{
    std::optional<Result<std::shared_ptr<Database>>> outcome;
    QEventLoop loop;
    start([&outcome, &loop](Result<std::shared_ptr<Database>> opened) {
        outcome = std::move(opened);
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return std::move(*outcome);
}

} // namespace

RegistryConnector::RegistryConnector(std::shared_ptr<SecretStore> secrets) : m_secrets(std::move(secrets)) {}

bool RegistryConnector::needsPassword(const QString& location)
{
    return PostgresLocation::isPostgresUrl(location);
}

bool RegistryConnector::isCurableByPassword(const Error& error)
{
    return error.code == ConnectionErrorCode::PasswordMissing || error.code == ConnectionErrorCode::PasswordRejected ||
           error.code == ConnectionErrorCode::Unrecognised;
}

Result<QString> RegistryConnector::passwordEntryKey(const QString& location)
{
    const Result<PostgresLocation> parsed = PostgresLocation::parse(location);
    if (!parsed)
        return parsed.error();
    return SecretEntryKeys::registryPassword(parsed.value().canonicalUrl());
}

void RegistryConnector::open(const QString& location, Database::AccessMode mode, OpenCallback done,
                             Database::IfMissing ifMissing)
{
    if (!needsPassword(location)) {
        done(Database::open(location, mode, {}, ifMissing));
        return;
    }
    const Result<PostgresLocation> parsed = PostgresLocation::parse(location);
    if (!parsed) {
        done(parsed.error());
        return;
    }
    const QString canonicalUrl = parsed.value().canonicalUrl();
    m_secrets->read(SecretEntryKeys::registryPassword(canonicalUrl),
                    [location, mode, ifMissing, canonicalUrl, done = std::move(done)](Result<QString> password) {
                        if (!password) {
                            done(password.error().code == SecretStore::EntryNotFoundCode
                                     ? passwordMissing(canonicalUrl)
                                     : keychainUnreadable(password.error()));
                            return;
                        }
                        done(Database::openPostgres(location, password.value(), mode, ifMissing));
                    });
}

Result<std::shared_ptr<Database>> RegistryConnector::openAndWait(const QString& location, Database::AccessMode mode,
                                                                 Database::IfMissing ifMissing)
{
    return waitFor([&](OpenCallback done) { open(location, mode, std::move(done), ifMissing); });
}

Result<std::shared_ptr<Database>> RegistryConnector::logInAndWait(const QString& location, const QString& password,
                                                                  Database::AccessMode mode,
                                                                  Database::IfMissing ifMissing)
{
    return waitFor([&](OpenCallback done) { logIn(location, password, mode, std::move(done), ifMissing); });
}

void RegistryConnector::logIn(const QString& location, const QString& password, Database::AccessMode mode,
                              OpenCallback done, Database::IfMissing ifMissing)
{
    const Result<QString> entryKey = passwordEntryKey(location);
    if (!entryKey) {
        done(entryKey.error());
        return;
    }
    Result<std::shared_ptr<Database>> opened = Database::openPostgres(location, password, mode, ifMissing);
    if (!opened) {
        done(opened.error());
        return;
    }
    m_secrets->write(entryKey.value(), password,
                     [opened = std::move(opened), done = std::move(done)](Status stored) mutable {
                         if (!stored) {
                             done(Error{tr("The registry opened, but its password could not be stored in the "
                                           "keychain: %1")
                                            .arg(stored.error().message),
                                        stored.error().hint, stored.error().code});
                             return;
                         }
                         done(std::move(opened));
                     });
}

void RegistryConnector::storePassword(const QString& location, const QString& password,
                                      SecretStore::StatusCallback done)
{
    const Result<QString> entryKey = passwordEntryKey(location);
    if (!entryKey) {
        done(entryKey.error());
        return;
    }
    m_secrets->write(entryKey.value(), password, std::move(done));
}

void RegistryConnector::forgetPassword(const QString& location, SecretStore::StatusCallback done)
{
    const Result<QString> entryKey = passwordEntryKey(location);
    if (!entryKey) {
        done(entryKey.error());
        return;
    }
    m_secrets->remove(entryKey.value(), [done = std::move(done)](Status removed) {
        if (!removed && removed.error().code == SecretStore::EntryNotFoundCode) {
            done(Status());
            return;
        }
        done(removed);
    });
}

} // namespace AppKeys
