#include "SampleApps.h"

#include "CredentialFormat.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace AppKeys::SampleApps {

AppDetails details(const QString& name)
{
    AppDetails details;
    details.name = name;
    details.uri = u"https://booking.example.com"_s;
    details.description = u"Books appointments from the website."_s;
    details.loginUserType = LoginUserType::Guest;
    details.sourceApp = SourceApp::ExternalWebstore;
    details.postLogoutRedirectUrls = {u"https://booking.example.com/bye"_s};
    details.postLoginRedirectUrls = {u"com.example.booking:/callback"_s};
    return details;
}

AppScope scope()
{
    return {AuthMethod::ApiKeyGroups, {u"appointments.read"_s, u"appointments.write"_s}};
}

AppRecord record(const QString& name, const QDateTime& createdAt)
{
    const QString secret = CredentialFormat::generate(CredentialKind::Secret);
    AppRecord app;
    app.applicationId = CredentialFormat::generateApplicationId();
    app.details = details(name);
    app.scope = scope();
    app.secretSha256 = CredentialFormat::sha256Hex(secret);
    app.secretHint = CredentialFormat::hint(secret);
    app.createdBy = u"tester@example"_s;
    app.createdAt = createdAt;
    return app;
}

KeyRecord key(const QString& applicationId, const QDateTime& createdAt, int lifetimeDays, const QString& apiKey)
{
    const QString plaintext = apiKey.isEmpty() ? CredentialFormat::generate(CredentialKind::ApiKey) : apiKey;
    KeyRecord key;
    key.keyId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    key.applicationId = applicationId;
    key.keySha256 = CredentialFormat::sha256Hex(plaintext);
    key.keyHint = CredentialFormat::hint(plaintext);
    key.createdBy = u"tester@example"_s;
    key.createdAt = createdAt;
    key.expiresAt = createdAt.addDays(lifetimeDays);
    return key;
}

} // namespace AppKeys::SampleApps
