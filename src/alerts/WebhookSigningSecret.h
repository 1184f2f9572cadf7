#pragma once

#include "FieldCheck.h"
#include "SecretStore.h"

#include <QCoreApplication>
#include <memory>

namespace AppKeys {

/// The webhook's signing secret, kept only in the keychain (entry "<registry id>/settings/webhook-signing-secret"
/// under the service "appkeys"), never in the settings file. The Settings dialog saves and removes it; the alerts
/// read it to sign each webhook body.
class WebhookSigningSecret
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::WebhookSigningSecret)

public:
    /// Shorter secrets are accepted with a warning.
    static constexpr int RecommendedMinLength = 16;

    WebhookSigningSecret(std::shared_ptr<SecretStore> store, QString registryId);

    /// "<registry id>/settings/webhook-signing-secret"
    static QString entryKey(const QString& registryId);
    /// Not empty, no spaces at either end (a copy-and-paste slip the receiver would not share); a warning when
    /// shorter than RecommendedMinLength.
    static FieldCheck check(const QString& secret);

    /// Stores the secret, replacing any earlier one; an invalid secret is refused with ErrorCode::InvalidInput
    /// before the keychain is touched.
    void save(const QString& secret, SecretStore::StatusCallback done);
    /// The secret, or an Error that says the secret is not set (code SecretStore::EntryNotFoundCode) or that the
    /// keychain could not be read, with the keychain's own message as the hint.
    void read(SecretStore::ReadCallback done);
    /// Removes the secret; removing one that is not there is fine.
    void remove(SecretStore::StatusCallback done);

private:
    std::shared_ptr<SecretStore> m_store;
    QString m_registryId;
};

} // namespace AppKeys
