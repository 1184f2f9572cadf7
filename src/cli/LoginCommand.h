#pragma once

#include "Result.h"
#include "Status.h"

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

    /// A usage error when `location` is not a PostgreSQL URL that could be logged into.
    static Status checkLocation(const QString& location);
    /// Reads the password (asking on `prompt` when stdin is a terminal) and logs in; the line to show when the
    /// password is stored, or why it was not. The password itself is never written anywhere else.
    static Result<QString> logIn(const QString& location, QTextStream& prompt);
};

} // namespace AppKeys
