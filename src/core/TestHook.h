#pragma once

#include <QString>

namespace AppKeys {

/// The one test-only hook (PRODUCT.md section 7's crash promises are tested with it): the environment variable
/// APPKEYS_TEST_HOOK names a step where the process either kills itself with SIGKILL ("kill:STEP") or fails the step
/// as the named fault would ("fail:STEP"). Read here and nowhere else. Built only with the CMake option
/// APPKEYS_TEST_HOOKS (on when the tests are built); elsewhere, and without the variable, every call is a no-op.
///
/// The steps, in the order a change passes them:
///   keychain.before-write     before a new plaintext goes to the keychain
///   keychain.after-write      the plaintext is in the keychain; the registry has not committed
///   registry.before-commit    a change that only ends credentials (revoke, delete) is about to commit; nothing is
///                             changed yet (a change with a new plaintext is at keychain.after-write here)
///   registry.commit           the registry's COMMIT ("fail:" only): "fail:registry.commit" reports an outcome that is
///                             unknown without committing, "fail:registry.commit-answer-lost" commits and then reports
///                             the outcome as unknown, as when the server's answer is lost on the way back
///   registry.after-commit     the registry has committed; an old keychain entry is not removed yet
class TestHook
{
public:
    /// Kills the process here when asked to ("kill:STEP").
    static void reach(const char* step);
    /// Whether this step is to fail ("fail:STEP").
    static bool fails(const char* step);

private:
    static QString requested();
};

} // namespace AppKeys
