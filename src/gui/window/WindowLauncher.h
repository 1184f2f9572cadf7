#pragma once

#include <QStringList>

namespace AppKeys {

/// Starts the window: reads --database (or else the registry in the Settings) and --read-only, opens the registry
/// (asking for a PostgreSQL role's password when the keychain has none or the server refuses it) and shows Manage
/// Applications. A registry or catalogue that cannot be opened is shown in a message box instead of a window.
class WindowLauncher
{
public:
    /// `arguments` are the program's arguments without its name, after main() has taken --lang out
    /// (TranslationLoader::takeLanguageOption), so that both read the same words: a "--lang" followed by an option
    /// must not swallow that option here. Needs a QApplication.
    static int run(const QStringList& arguments);
};

} // namespace AppKeys
