#include "AppRegistrationService.h"

#include "AppRepository.h"
#include "Clock.h"
#include "CredentialFormat.h"
#include "Database.h"
#include "InputChecks.h"
#include "NewApiKey.h"
#include "SecretEntryKeys.h"
#include "StoreThenCommit.h"

namespace AppKeys {

AppRegistrationService::AppRegistrationService(std::shared_ptr<AppRepository> repository,
                                               std::shared_ptr<SecretStore> secrets,
                                               std::shared_ptr<const PermissionCatalogue> catalogue,
                                               std::shared_ptr<const Clock> clock)
    : m_repository(std::move(repository)), m_secrets(std::move(secrets)), m_catalogue(std::move(catalogue)),
      m_clock(std::move(clock))
{
}

void AppRegistrationService::createApp(const AppDetails& details, const AppScope& scope,
                                       std::function<void(Result<IssuedApp>)> done)
{
    if (Status writable = m_repository->database()->checkWritable(AuditAction::AppCreated); !writable)
        return done(writable.error());
    if (Status valid = InputChecks::checkDetails(details, *m_repository); !valid)
        return done(valid.error());
    const Result<AppScope> storedScope = InputChecks::normalisedScope(scope, *m_catalogue);
    if (!storedScope)
        return done(storedScope.error());

    const QString secret = CredentialFormat::generate(CredentialKind::Secret);
    AppRecord app;
    app.applicationId = CredentialFormat::generateApplicationId();
    app.details = details;
    app.details.name = details.name.trimmed();
    app.scope = storedScope.value();
    app.secretSha256 = CredentialFormat::sha256Hex(secret);
    app.secretHint = CredentialFormat::hint(secret);
    app.createdBy = m_repository->database()->actor();
    app.createdAt = m_clock->nowUtc();

    const QString entryKey = SecretEntryKeys::appSecret(m_repository->database()->registryId(), app.applicationId);
    IssuedApp issued{app.applicationId, secret, app.secretHint};
    storeThenCommit<IssuedApp>(
        m_secrets, entryKey, secret, [repository = m_repository, app] { return repository->insertApp(app); },
        std::move(issued), std::move(done));
}

void AppRegistrationService::generateApiKey(const QString& applicationId, int lifetimeDays,
                                            std::function<void(Result<IssuedKey>)> done)
{
    if (Status writable = m_repository->database()->checkWritable(AuditAction::KeyGenerated); !writable)
        return done(writable.error());
    if (Status lifetime = InputChecks::checkLifetime(lifetimeDays); !lifetime)
        return done(lifetime.error());
    const Result<AppRecord> app = m_repository->findApp(applicationId);
    if (!app)
        return done(app.error());
    if (Status active = AppRepository::checkActive(app.value()); !active)
        return done(active.error());

    // The two-live-keys limit is the repository's to enforce, inside its transaction: a refusal there takes the
    // same way back as any other database failure, and removes the keychain entry again.
    const NewApiKey key =
        NewApiKey::generate(applicationId, m_repository->database()->actor(), m_clock->nowUtc(), lifetimeDays);
    const QString entryKey =
        SecretEntryKeys::apiKey(m_repository->database()->registryId(), applicationId, key.record.keyId);
    storeThenCommit<IssuedKey>(
        m_secrets, entryKey, key.plaintext,
        [repository = m_repository, record = key.record] { return repository->insertKey(record); }, key.issued(),
        std::move(done));
}

} // namespace AppKeys
