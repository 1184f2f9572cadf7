#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace AppKeys {

/// `appkeys list|show|audit|audit verify|alerts|export|login|verify|serve` (PRODUCT.md sections 8 and 10) for scripts,
/// support staff and servers.
/// Runs without a display and never prints a secret or a key: only hints and hashes' absence.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::CommandLine)

public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1, ///< with a message on stderr
        BadUsage = 2 ///< unknown command, flag or malformed value; usage on stderr
    };

    /// Whether these arguments (argv without the program name) ask for the command line rather than the
    /// window: --help, --version, a word before any option other than the global ones (a command name, or a
    /// mistyped one, which then gets an error rather than a window), or an option of two dashes the window does not
    /// take (which then gets its usage error, exit status 2, without a display).
    static bool isCommandLineInvocation(const QStringList& arguments);

    /// Runs one command in the language of --lang (LaunchOptions::takeLanguage) or, without it, the system's; a
    /// language AppKeys does not speak is BadUsage. Needs a QCoreApplication. Writes results to standard output and
    /// messages to standard error, both through TerminalOutput; a result that could not be written whole (a full
    /// disk, a closed pipe) makes a success a Failure.
    static int run(const QStringList& arguments);
};

} // namespace AppKeys
