#pragma once

#include "Command.h"
#include "Result.h"

#include <QCoreApplication>

namespace AppKeys {

/// `appkeys login --database postgresql://role@host:port/database`: reads the role's password (without echo from a
/// terminal, else one line from stdin, for scripts), tries it on the server and, once it is accepted, stores it in
/// the keychain, where the other commands and the window find it. It opens the registry itself, with the password
/// it reads, so the dispatcher opens none for it (RegistryAccess::None).
class LoginCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::LoginCommand)

public:
    QStringList words() const override;
    /// "appkeys login --database postgresql://role@host:port/database"
    QString synopsis() const override;
    QString summary() const override;
    /// A usage error when the registry (--database, else the Settings') is not a PostgreSQL URL to log into.
    Status configure(const ArgumentParser& arguments, const QString& operand) override;
    /// Reads the password (asking on the context's err() when stdin is a terminal) and logs in; the password itself
    /// is never written anywhere but the keychain.
    Status execute(const CommandContext& context) override;
    RegistryAccess registryAccess() const override { return RegistryAccess::None; }

private:
    static Status checkLocation(const QString& location);
    Result<QString> logIn(const CommandContext& context) const;

    QString m_location;
};

} // namespace AppKeys
