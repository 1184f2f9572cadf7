#include "LoginCommand.h"

#include "CommandContext.h"
#include "EchoOffTerminal.h"
#include "LaunchOptions.h"
#include "PlaintextWipe.h"
#include "PostgresLocation.h"
#include "RegistryConnector.h"

#include <iostream>
#include <optional>
#include <string>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

/// The password from a terminal, which does not echo it meanwhile, or the first line of stdin (for scripts).
std::optional<QString> readPassword(const QString& role, QTextStream& err)
{
    std::string line;
    bool read = false;
    {
        const EchoOffTerminal echoOff(STDIN_FILENO);
        if (echoOff.isTerminal()) {
            err << LoginCommand::tr("Password for the database role “%1”: ").arg(role);
            err.flush();
        }
        read = bool(std::getline(std::cin, line));
        if (echoOff.isTerminal()) {
            err << u'\n';
            err.flush();
        }
    }
    // A script's file or pipe may end its lines with CRLF; the carriage return is not part of the password.
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    const std::optional<QString> password = read ? std::optional<QString>(QString::fromStdString(line)) : std::nullopt;
    PlaintextWipe::wipe(line);
    return password;
}

} // namespace

QStringList LoginCommand::words() const
{
    return {u"login"_s};
}

QString LoginCommand::synopsis() const
{
    return u"appkeys login --database postgresql://role@host:port/database"_s;
}

QString LoginCommand::summary() const
{
    return tr("Asks once for the password of a PostgreSQL registry's database role (from standard input when that is "
              "not a terminal), checks it on the server and keeps it in the keychain, where the other commands and "
              "the window find it. Without --database, the registry in the Settings.");
}

Status LoginCommand::configure(const ArgumentParser& arguments, const QString&)
{
    m_location = LaunchOptions::from(arguments).registryLocation();
    return checkLocation(m_location);
}

Status LoginCommand::execute(const CommandContext& context)
{
    const Result<QString> loggedIn = logIn(context);
    if (!loggedIn)
        return loggedIn.error();
    context.out() << loggedIn.value() << u'\n';
    return {};
}

Status LoginCommand::checkLocation(const QString& location)
{
    if (!RegistryConnector::needsPassword(location))
        return Error{
            tr("'appkeys login' is for PostgreSQL registries: --database postgresql://role@host:port/database"), {}};
    const Result<PostgresLocation> parsed = PostgresLocation::parse(location);
    // A usage error is shown as one message, its hint included.
    if (!parsed)
        return Error{parsed.error().text(), {}};
    return {};
}

Result<QString> LoginCommand::logIn(const CommandContext& context) const
{
    const QString role = PostgresLocation::parse(m_location).value().role();
    const std::optional<QString> password = readPassword(role, context.err());
    if (!password || password->isEmpty())
        return Error{tr("No password given; nothing was stored."), {}};
    // As the window opens it, so that an admin's login upgrades an outdated schema (a support role's changes
    // nothing); but like every command it creates no registry in an empty database: the window does that.
    RegistryConnector connector(context.secrets());
    const Result<std::shared_ptr<Database>> opened =
        connector.logInAndWait(m_location, *password, Database::AccessMode::ReadWrite, Database::IfMissing::Refuse);
    if (!opened)
        return opened.error();
    return tr("The password of %1 is stored in the keychain.").arg(opened.value()->location());
}

} // namespace AppKeys
