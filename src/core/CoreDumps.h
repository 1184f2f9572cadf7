#pragma once

namespace AppKeys {

/// A core dump of AppKeys would hold plaintext secrets and keys, and a PostgreSQL registry's password, for whoever
/// collects crashes (systemd-coredump keeps them). Called first thing by the window and the command line.
class CoreDumps
{
public:
    /// prctl(PR_SET_DUMPABLE, 0), which also keeps other processes of the same user from reading this one's memory
    /// through ptrace or /proc, and RLIMIT_CORE 0, which a core pattern piping to a collector would not honour alone.
    static void disable();
};

} // namespace AppKeys
