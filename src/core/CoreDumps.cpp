#include "CoreDumps.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace AppKeys {

void CoreDumps::disable()
{
    // Neither can fail for a process lowering its own limits; there is nothing to report if one did.
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
}

} // namespace AppKeys
