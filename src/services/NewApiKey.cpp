#include "NewApiKey.h"

#include "CredentialFormat.h"

#include <QUuid>

namespace AppKeys {

NewApiKey NewApiKey::generate(const QString& applicationId, const QString& createdBy, const QDateTime& createdAt,
                              int lifetimeDays)
{
    NewApiKey key;
    key.plaintext = CredentialFormat::generate(CredentialKind::ApiKey);
    key.record.keyId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    key.record.applicationId = applicationId;
    key.record.keySha256 = CredentialFormat::sha256Hex(key.plaintext);
    key.record.keyHint = CredentialFormat::hint(key.plaintext);
    key.record.createdBy = createdBy;
    key.record.createdAt = createdAt;
    key.record.expiresAt = createdAt.addDays(lifetimeDays);
    return key;
}

IssuedKey NewApiKey::issued() const
{
    return IssuedKey{record.keyId, plaintext, record.keyHint, record.expiresAt};
}

} // namespace AppKeys
