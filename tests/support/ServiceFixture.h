#pragma once

#include "AppService.h"
#include "CredentialService.h"
#include "FixedClock.h"
#include "KeyRules.h"
#include "PermissionCatalogue.h"
#include "RecordingSecretStore.h"
#include "SampleApps.h"
#include "TemporaryRegistry.h"

#include <QStringList>
#include <memory>

namespace AppKeys {

/// The services (AppService, CredentialService) on what a service test needs: the real permission catalogue, a
/// FixedClock, a fresh registry and the real keychain behind a RecordingSecretStore. One per test function:
///
///     m_fixture = std::make_unique<ServiceFixture>();
///     QVERIFY2(m_fixture->problem().isEmpty(), qPrintable(m_fixture->problem()));
///     const Result<IssuedApp> app = m_fixture->createApp(SampleApps::details(u"Booking"_s));
///     ...
///     QVERIFY(m_fixture->removeKeychainEntries()); // in cleanup()
class ServiceFixture
{
public:
    /// With `sqliteFolder`, the registry is an SQLite file inside that folder whatever the engine under test.
    explicit ServiceFixture(const QString& sqliteFolder = {});

    /// Why the catalogue or the registry is missing; empty when both are there.
    QString problem() const { return m_problem; }

    const std::shared_ptr<const PermissionCatalogue>& catalogue() const { return m_catalogue; }
    const std::shared_ptr<FixedClock>& clock() const { return m_clock; }
    TemporaryRegistry& registry() const { return *m_registry; }
    std::shared_ptr<AppRepository> repository() const { return m_registry->repository(); }
    std::shared_ptr<KeyRepository> keys() const { return m_registry->keys(); }
    std::shared_ptr<Database> database() const { return m_registry->database(); }
    const std::shared_ptr<RecordingSecretStore>& secrets() const { return m_secrets; }

    AppService& apps() const { return *m_apps; }
    CredentialService& credentials() const { return *m_credentials; }
    /// AppService::createApp, waiting for its answer.
    Result<IssuedApp> createApp(const AppDetails& details, const AppScope& scope = SampleApps::scope()) const;
    /// CredentialService::generateApiKey, waiting for its answer.
    Result<IssuedKey> generateApiKey(const QString& applicationId,
                                     int lifetimeDays = KeyRules::DefaultLifetimeDays) const;

    /// This registry's entries in the real keychain, sorted; one line naming the failure when secret-tool failed.
    QStringList keychainEntries() const;
    /// Removes this registry's entries from the real keychain, so that the shared test keyring is left as it was
    /// found whatever the test did. Nothing to do (true) where the ctest entry runs without a keyring.
    bool removeKeychainEntries() const;

private:
    std::shared_ptr<const PermissionCatalogue> m_catalogue;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<TemporaryRegistry> m_registry;
    std::shared_ptr<RecordingSecretStore> m_secrets;
    std::unique_ptr<AppService> m_apps;
    std::unique_ptr<CredentialService> m_credentials;
    QString m_problem;
};

} // namespace AppKeys
