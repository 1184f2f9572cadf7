#include "AppService.h"

#include "AppRepository.h"
#include "Clock.h"
#include "CredentialFormat.h"
#include "Database.h"
#include "InputChecks.h"
#include "KeyRepository.h"
#include "KeychainSteps.h"
#include "SecretEntryKeys.h"

namespace AppKeys {

namespace {

/// Every keychain entry an app may have: its secret (also in the form AppKeys 0.1 wrote) and each of its keys.
QStringList entriesOf(const QString& registryId, const AppRecord& app, const QList<KeyRecord>& keys)
{
    QStringList entryKeys{SecretEntryKeys::appSecret(registryId, app.applicationId, app.secretSha256),
                          SecretEntryKeys::legacyAppSecret(registryId, app.applicationId)};
    for (const KeyRecord& key : keys)
        entryKeys.append(SecretEntryKeys::apiKey(registryId, app.applicationId, key.keyId));
    return entryKeys;
}

} // namespace

AppService::AppService(std::shared_ptr<Database> database, std::shared_ptr<SecretStore> secrets,
                       std::shared_ptr<const PermissionCatalogue> catalogue, std::shared_ptr<const Clock> clock)
    : m_apps(std::make_shared<AppRepository>(database, clock)),
      m_keys(std::make_shared<KeyRepository>(std::move(database), clock)), m_secrets(std::move(secrets)),
      m_catalogue(std::move(catalogue)), m_clock(std::move(clock))
{
}

void AppService::createApp(const AppDetails& details, const AppScope& scope,
                           std::function<void(Result<IssuedApp>)> done)
{
    const Database& database = *m_apps->database();
    if (Status writable = database.checkWritable(AuditAction::AppCreated); !writable)
        return done(writable.error());
    if (Status valid = InputChecks::checkDetails(details, *m_apps); !valid)
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
    app.createdBy = database.actor();
    app.createdAt = m_clock->nowUtc();

    const QString entryKey = SecretEntryKeys::appSecret(database.registryId(), app.applicationId, app.secretSha256);
    KeychainSteps::storeThenCommit(
        m_secrets, entryKey, secret, [apps = m_apps, app] { return apps->insertApp(app); },
        [apps = m_apps, app]() -> Result<bool> {
            const Result<std::optional<QString>> stored = apps->storedSecretSha256(app.applicationId);
            if (!stored)
                return stored.error();
            return stored.value() == app.secretSha256;
        },
        [issued = IssuedApp{app.applicationId, secret, app.secretHint}, done = std::move(done)](Status committed) {
            if (!committed)
                return done(committed.error());
            done(issued);
        });
}

Status AppService::editDetails(const QString& applicationId, int expectedRowVersion, const AppDetails& details)
{
    if (Status writable = m_apps->database()->checkWritable(AuditAction::DetailsEdited); !writable)
        return writable;
    if (Status valid = InputChecks::checkDetails(details, *m_apps, applicationId); !valid)
        return valid;
    AppDetails stored = details;
    stored.name = details.name.trimmed();
    return m_apps->updateDetails(applicationId, expectedRowVersion, stored);
}

Status AppService::editScope(const QString& applicationId, int expectedRowVersion, const AppScope& scope)
{
    if (Status writable = m_apps->database()->checkWritable(AuditAction::ScopeEdited); !writable)
        return writable;
    const Result<AppScope> stored = InputChecks::normalisedScope(scope, *m_catalogue);
    if (!stored)
        return stored.error();
    return m_apps->updateScope(applicationId, expectedRowVersion, stored.value());
}

Status AppService::deactivate(const QString& applicationId)
{
    return m_apps->setActive(applicationId, false);
}

Status AppService::reactivate(const QString& applicationId)
{
    return m_apps->setActive(applicationId, true);
}

void AppService::deleteApp(const QString& applicationId, std::function<void(Status)> done)
{
    if (Status writable = m_apps->database()->checkWritable(AuditAction::AppDeleted); !writable)
        return done(writable);
    const Result<AppRecord> app = m_apps->findApp(applicationId);
    if (!app)
        return done(app.error());
    const Result<QList<KeyRecord>> keys = m_keys->keysForApp(applicationId);
    if (!keys)
        return done(keys.error());

    KeychainSteps::commitThenRemove(
        m_secrets, [apps = m_apps, applicationId] { return apps->markDeleted(applicationId); },
        [apps = m_apps, applicationId] { return apps->isDeleted(applicationId); },
        entriesOf(m_apps->database()->registryId(), app.value(), keys.value()),
        [name = app.value().details.name, done = std::move(done)](Status committed, Status leftover) {
            if (!committed)
                return done(committed);
            if (!leftover)
                return done(
                    Error{tr("The app “%1” is deleted, but its keychain entries could not be removed.").arg(name),
                          tr("%1 They hold no credential that still works; AppKeys removes them at its next "
                             "start.")
                              .arg(leftover.error().text()),
                          leftover.error().code});
            done({});
        });
}

} // namespace AppKeys
