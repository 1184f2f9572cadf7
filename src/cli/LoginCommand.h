#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace AppKeys {

/// `appkeys login --database postgresql://role@host:port/database`: reads the role's password (without echo from a
/// terminal, else one line from stdin, for scripts), tries it on the server and, once it is accepted, stores it in
/// the keychain, where the other commands and the window find it. Not a Command: those run on a registry that is
/// already open, which for PostgreSQL takes the password this one stores.
class LoginCommand
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::LoginCommand)

public:
    /// The word that selects it: "login".
    static QString name();
    /// For --help: "appkeys login --database postgresql://role@host:port/database".
    static QString synopsis();
    /// One translated paragraph for --help.
    static QString summary();

    /// Exit status as CommandLine::ExitCode; messages on `err`, never the password.
    static int run(const QString& location, QTextStream& out, QTextStream& err);
};

} // namespace AppKeys
