#pragma once

#include "PostgresTestServer.h"
#include "Status.h"
#include "TestRegistryLocation.h"

namespace AppKeys {

/// A team registry: a fresh database on the private PostgreSQL server of scripts/with-postgres, whose passwords are
/// kept in the private keyring of scripts/with-keyring. What the tests of RegistryConnector, DatabasePasswordDialog
/// and `appkeys login` stand on:
///
///     void initTestCase() { if (!PostgresKeychainFixture::prepareTestCase()) return; }
///     void init() { m_team = std::make_unique<PostgresKeychainFixture>(); QVERIFY2(m_team->isValid(), ...); }
///     void cleanup() { QVERIFY(m_team->forgetPasswords().ok()); m_team.reset(); }
class PostgresKeychainFixture
{
public:
    /// For initTestCase(): skips the test case when the PostgreSQL server was not started, fails it when the keyring
    /// is not the private one, and otherwise makes TestRegistryLocation use PostgreSQL. False when initTestCase()
    /// must return.
    static bool prepareTestCase();

    PostgresKeychainFixture();

    bool isValid() const { return m_place.isValid(); }
    QString errorText() const { return m_place.errorText(); }

    const PostgresTestServer& server() const { return m_server; }
    TestRegistryLocation& place() { return m_place; }
    /// The admin's URL, what Database::open() and the command line's --database take.
    QString url() const { return m_place.location(); }
    QString password(PostgresTestServer::Role role) const { return m_server.password(role); }
    QString roleName(PostgresTestServer::Role role) const { return m_server.roleName(role); }

    /// Whether the keychain holds a password for the registry at `url` (from the listing: the password is not read).
    static bool holdsPasswordOf(const QString& url);
    /// Takes the passwords of both roles out of the keychain, so that the shared test keyring is left as it was found
    /// (nothing to do when the database was never made).
    Status forgetPasswords() const;

private:
    PostgresTestServer m_server;
    TestRegistryLocation m_place;
};

} // namespace AppKeys
