#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace AppKeys {

/// Starts the window: puts it into the language of --lang, reads the launch options (LaunchOptions, as every command
/// does), opens the registry (asking for a PostgreSQL role's password when the keychain has none or the server
/// refuses it) and shows Manage Applications. An option it does not know is a usage error on stderr; a registry or
/// catalogue that cannot be opened is shown in a message box instead of a window.
class WindowLauncher
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::WindowLauncher)

public:
    /// `arguments` are the program's arguments without its name, after QApplication has taken out its own
    /// (-platform, -style …). Needs a QApplication.
    static int run(const QStringList& arguments);
};

} // namespace AppKeys
