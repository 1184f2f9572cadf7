#include "SqliteLibrary.h"

#include <mutex>
#include <sqlite3.h>

namespace AppKeys {

void SqliteLibrary::configure()
{
    // Without the memory statistics, which nothing here reads: keeping them takes one mutex, for the whole process,
    // on every allocation SQLite makes (Debian builds it without lookaside, so each column value converted to UTF-16
    // is one). `audit verify` reads on two connections on two threads, which waited on that mutex: at 10,000 apps it
    // took 1.26-2.07 s with the statistics and 0.78-0.97 s without (four runs each, alternating).
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

} // namespace AppKeys
