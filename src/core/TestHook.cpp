#include "TestHook.h"

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace AppKeys {

QString TestHook::requested()
{
#ifdef APPKEYS_TEST_HOOKS
    return qEnvironmentVariable("APPKEYS_TEST_HOOK");
#else
    return {};
#endif
}

void TestHook::reach(const char* step)
{
    if (requested() == u"kill:"_s + QLatin1String(step))
        ::kill(::getpid(), SIGKILL);
}

bool TestHook::fails(const char* step)
{
    return requested() == u"fail:"_s + QLatin1String(step);
}

} // namespace AppKeys
