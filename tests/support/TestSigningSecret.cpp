#include "TestSigningSecret.h"

#include "CallbackResult.h"
#include "WebhookSigningSecret.h"

namespace AppKeys::TestSigningSecret {

Status save(std::shared_ptr<SecretStore> secrets, const QString& registryId, const QString& signingSecret)
{
    WebhookSigningSecret secret(std::move(secrets), registryId);
    return answerOf<Status>([&](auto done) { secret.save(signingSecret, std::move(done)); });
}

Status remove(std::shared_ptr<SecretStore> secrets, const QString& registryId)
{
    WebhookSigningSecret secret(std::move(secrets), registryId);
    return answerOf<Status>([&](auto done) { secret.remove(std::move(done)); });
}

} // namespace AppKeys::TestSigningSecret
