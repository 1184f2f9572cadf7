#include "ServiceFixture.h"

#include "CallbackResult.h"
#include "KeychainSecretStore.h"
#include "TestKeychain.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

ServiceFixture::ServiceFixture()
    : m_clock(std::make_shared<FixedClock>()), m_registry(std::make_unique<TemporaryRegistry>(m_clock)),
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
    KeychainSecretStore keychain;
    bool allRemoved = true;
    for (const QString& entryKey : keychainEntries()) {
        CallbackResult<Status> removed;
        keychain.remove(entryKey, removed.callback());
        allRemoved = removed.wait() && allRemoved;
    }
    return allRemoved;
}

} // namespace AppKeys
