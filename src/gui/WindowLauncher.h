#pragma once

class QApplication;

namespace AppKeys {

/// Starts the window: reads --database (or else the registry in the Settings) and --read-only, opens the registry
/// (asking for a PostgreSQL role's password when the keychain has none or the server refuses it) and shows Manage
/// Applications. A registry or catalogue that cannot be opened is shown in a message box instead of a window.
class WindowLauncher
{
public:
    static int run(QApplication& application);
};

} // namespace AppKeys
