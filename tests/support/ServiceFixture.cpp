#include "ServiceFixture.h"

#include "CallbackResult.h"
#include "KeychainSecretStore.h"
#include "TestKeychain.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

ServiceFixture::ServiceFixture(const QString& sqliteFolder)
    : m_clock(std::make_shared<FixedClock>()), m_registry(std::make_unique<TemporaryRegistry>(m_clock, sqliteFolder)),
      m_secrets(std::make_shared<RecordingSecretStore>(std::make_shared<KeychainSecretStore>()))
{
    Result<PermissionCatalogue> catalogue =
        PermissionCatalogue::load(QString::fromLatin1(PermissionCatalogue::DefaultResourcePath));
    if (!catalogue)
        m_problem = catalogue.error().text();
    else
        m_catalogue = std::make_shared<const PermissionCatalogue>(std::move(catalogue).value());
    if (!m_registry->isOpen())
        m_problem = m_registry->errorText();
    if (!m_problem.isEmpty())
        return;
    m_apps = std::make_unique<AppService>(database(), m_secrets, m_catalogue, m_clock);
    m_credentials = std::make_unique<CredentialService>(database(), m_secrets, m_clock);
}

Result<IssuedApp> ServiceFixture::createApp(const AppDetails& details, const AppScope& scope) const
{
    return answerOf<Result<IssuedApp>>([&](auto done) { m_apps->createApp(details, scope, std::move(done)); });
}

Result<IssuedKey> ServiceFixture::generateApiKey(const QString& applicationId, int lifetimeDays) const
{
    return answerOf<Result<IssuedKey>>(
        [&](auto done) { m_credentials->generateApiKey(applicationId, lifetimeDays, std::move(done)); });
}

QStringList ServiceFixture::keychainEntries() const
{
    const Result<QStringList> entries = TestKeychain::appKeysEntries(m_registry->database()->registryId() + u'/');
    if (!entries)
        return {u"(secret-tool failed: %1)"_s.arg(entries.error().text())};
    return entries.value();
}

bool ServiceFixture::removeKeychainEntries() const
{
    if (TestKeychain::expectation() != TestKeychain::Expectation::Available || !m_registry->isOpen())
        return true;
    bool allRemoved = true;
    for (const QString& entryKey : keychainEntries())
        allRemoved = TestKeychain::remove(entryKey).ok() && allRemoved;
    return allRemoved;
}

} // namespace AppKeys
