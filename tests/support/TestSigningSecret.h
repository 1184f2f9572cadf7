#pragma once

#include "Status.h"

#include <QString>
#include <memory>

namespace AppKeys {

class SecretStore;

/// A registry's webhook signing secret (WebhookSigningSecret) put into the keychain before a webhook test and taken
/// out again after it, so that the shared test keyring is left as it was found.
namespace TestSigningSecret {

Status save(std::shared_ptr<SecretStore> secrets, const QString& registryId, const QString& signingSecret);
Status remove(std::shared_ptr<SecretStore> secrets, const QString& registryId);

} // namespace TestSigningSecret

} // namespace AppKeys
