#pragma once

namespace AppKeys {

/// The process-wide settings of the SQLite library that Qt's driver uses (the system's libsqlite3, shared by every
/// connection), made before the first connection opens.
class SqliteLibrary
{
public:
    /// Once per process, before SQLite is first used; later calls, and a library already in use, change nothing.
    static void configure();
};

} // namespace AppKeys
