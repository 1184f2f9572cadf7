#include "PostgresKeychainFixture.h"

#include "RegistryConnector.h"
#include "TestKeychain.h"

#include <QTest>

namespace AppKeys {

bool PostgresKeychainFixture::prepareTestCase()
{
    if (const QString unavailable = PostgresTestServer::unavailableReason(); !unavailable.isEmpty()) {
        QTest::qSkip(qPrintable(unavailable), __FILE__, __LINE__);
        return false;
    }
    if (const QString keychainProblem = TestKeychain::environmentProblem(); !keychainProblem.isEmpty()) {
        QTest::qFail(qPrintable(keychainProblem), __FILE__, __LINE__);
        return false;
    }
    qputenv("APPKEYS_TEST_ENGINE", "postgresql");
    return true;
}

PostgresKeychainFixture::PostgresKeychainFixture() : m_server(PostgresTestServer::fromEnvironment()) {}

bool PostgresKeychainFixture::holdsPasswordOf(const QString& url)
{
    const Result<QString> entryKey = RegistryConnector::passwordEntryKey(url);
    return entryKey.ok() && TestKeychain::holds(entryKey.value());
}

Status PostgresKeychainFixture::forgetPasswords() const
{
    if (!isValid())
        return {};
    for (const QString& url : {m_place.location(), m_place.supportUrl()}) {
        const Result<QString> entryKey = RegistryConnector::passwordEntryKey(url);
        if (!entryKey)
            return entryKey.error();
        if (Status removed = TestKeychain::remove(entryKey.value()); !removed)
            return removed;
    }
    return {};
}

} // namespace AppKeys
