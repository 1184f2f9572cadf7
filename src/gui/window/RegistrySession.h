#pragma once

#include "Database.h"
#include "Result.h"

#include <QString>
#include <memory>

namespace AppKeys {

class AppRepository;
class AppService;
class AppSettings;
class AuditLog;
class Clock;
class CredentialService;
class KeyRepository;
class PermissionCatalogue;
class SecretStore;
class SecureClipboard;

/// An open registry and the parts that work on it, wired once and shared by the windows.
struct RegistrySession
{
    std::shared_ptr<Database> database;
    /// For reading apps and keys; their clock, the session's, decides what counts as expired in the window.
    std::shared_ptr<AppRepository> repository;
    std::shared_ptr<KeyRepository> keys;
    std::shared_ptr<const AuditLog> auditLog;
    std::shared_ptr<const PermissionCatalogue> catalogue;
    std::shared_ptr<const Clock> clock;
    /// The only writers: apps (create, edit, activate, delete) and their credentials (keys and secret).
    std::shared_ptr<AppService> apps;
    std::shared_ptr<CredentialService> credentials;
    std::shared_ptr<SecureClipboard> clipboard;
    /// The keychain, for what the window keeps there itself (the webhook's signing secret).
    std::shared_ptr<SecretStore> secrets;
    /// The program's settings file; the clipboard's clear delay is taken from it at open.
    std::shared_ptr<AppSettings> settings;
    /// Whether the window runs KeychainSweep once it is up (PRODUCT.md section 7). Always in the program; widget tests
    /// whose subject is something else turn it off, so that its asynchronous marks do not race their checks.
    bool sweepsKeychainAtStart = true;

    /// Wires the parts on a registry that is already open, after loading the permission catalogue.
    static Result<RegistrySession> fromDatabase(std::shared_ptr<Database> database, const QString& cataloguePath,
                                                std::shared_ptr<SecretStore> secretStore,
                                                std::shared_ptr<const Clock> clock);
};

} // namespace AppKeys
