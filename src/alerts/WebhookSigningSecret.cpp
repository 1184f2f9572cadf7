#include "WebhookSigningSecret.h"

#include "ErrorCode.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

WebhookSigningSecret::WebhookSigningSecret(std::shared_ptr<SecretStore> store, QString registryId)
    : m_store(std::move(store)), m_registryId(std::move(registryId))
{
}

QString WebhookSigningSecret::entryKey(const QString& registryId)
{
    return u"%1/settings/webhook-signing-secret"_s.arg(registryId);
}

FieldCheck WebhookSigningSecret::check(const QString& secret)
{
    if (secret.isEmpty())
        return FieldCheck::invalid(tr("Enter the signing secret that the webhook's receiver checks."));
    if (secret.trimmed() != secret)
        return FieldCheck::invalid(tr("The signing secret must not start or end with a space or line break."));
    if (secret.size() < RecommendedMinLength)
        return FieldCheck::warning(
            tr("A secret shorter than %1 characters is easy to guess; use a longer one.").arg(RecommendedMinLength));
    return FieldCheck::ok();
}

void WebhookSigningSecret::save(const QString& secret, SecretStore::StatusCallback done)
{
    if (const FieldCheck checked = check(secret); !checked.isValid()) {
        done(Error{checked.message, {}, ErrorCode::InvalidInput});
        return;
    }
    m_store->write(entryKey(m_registryId), secret, [done = std::move(done)](Status written) {
        if (written)
            return done(written);
        done(Error{tr("Could not save the webhook signing secret in the keychain."), written.error().text(),
                   written.error().code});
    });
}

void WebhookSigningSecret::read(SecretStore::ReadCallback done)
{
    m_store->read(entryKey(m_registryId), [done = std::move(done)](Result<QString> secret) {
        if (secret)
            return done(std::move(secret));
        if (secret.error().code == SecretStore::EntryNotFoundCode)
            return done(Error{tr("No webhook signing secret is set, so the webhook cannot be signed."),
                              tr("Enter the signing secret in Settings."), SecretStore::EntryNotFoundCode});
        done(Error{tr("The webhook signing secret could not be read from the keychain."), secret.error().text(),
                   secret.error().code});
    });
}

void WebhookSigningSecret::remove(SecretStore::StatusCallback done)
{
    m_store->remove(entryKey(m_registryId), [done = std::move(done)](Status removed) {
        if (removed || removed.error().code == SecretStore::EntryNotFoundCode)
            return done({});
        done(Error{tr("Could not remove the webhook signing secret from the keychain."), removed.error().text(),
                   removed.error().code});
    });
}

} // namespace AppKeys
