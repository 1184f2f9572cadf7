#pragma once

#include "Result.h"
#include "Status.h"

#include <QStringList>

namespace AppKeys {

/// What a keychain test may expect of the Secret Service, and ways to look at it from outside the program.
namespace TestKeychain {

enum class Expectation
{
    Available, ///< a private, unlocked gnome-keyring started by scripts/with-keyring (APPKEYS_TEST_KEYCHAIN unset)
    Absent, ///< no Secret Service at all (APPKEYS_TEST_KEYCHAIN=absent, with a session bus address that leads nowhere)
    Locked  ///< a private keyring that the test locks itself (APPKEYS_TEST_KEYCHAIN=locked)
};

/// Read from the environment variable APPKEYS_TEST_KEYCHAIN, set by the ctest entry.
Expectation expectation();
/// Why the environment does not match the expectation, or empty. A test that expects a keyring refuses to run
/// outside scripts/with-keyring, so it never touches the user's own keyring.
QString environmentProblem();

/// The entry keys stored under the service "appkeys" that start with `prefix` (for example a registry id), listed
/// with secret-tool. Only the entries' names are read, never their secrets.
Result<QStringList> appKeysEntries(const QString& prefix = {});

/// Whether the keychain holds an entry with exactly this key (from the listing: the secret is not read).
bool holds(const QString& entryKey);

/// What the keychain holds under `entryKey`, read with KeychainSecretStore past any store the test wraps it in.
Result<QString> read(const QString& entryKey);

/// Takes the entry out of the keychain with KeychainSecretStore, past any store the test wraps it in, so that the
/// shared test keyring is left as it was found. An entry that is not there counts as removed.
Status remove(const QString& entryKey);

/// Locks the keyring's default collection over D-Bus, as a screen locker would.
Status lockDefaultCollection();

} // namespace TestKeychain

} // namespace AppKeys
