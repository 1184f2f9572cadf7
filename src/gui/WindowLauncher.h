#pragma once

class QApplication;

namespace AppKeys {

/// Starts the window: reads --database and --read-only, opens the registry and shows Manage Applications.
/// A registry or catalogue that cannot be opened is shown in a message box instead of a window.
class WindowLauncher
{
public:
    static int run(QApplication& application);
};

} // namespace AppKeys
