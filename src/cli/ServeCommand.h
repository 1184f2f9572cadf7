#pragma once

#include "Command.h"
#include "ServeOptions.h"

#include <QCoreApplication>

namespace AppKeys {

/// `appkeys serve`: the verification service (PRODUCT.md section 10; VerificationService), until SIGINT or SIGTERM.
/// It opens the registry itself, without the keychain: a PostgreSQL role's password comes from libpq's own sources
/// (a password file named by PGPASSFILE, such as a systemd credential), or is not needed (peer or certificate
/// authentication). See docs/verification.md.
class ServeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::ServeCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    QList<CommandOption> options() const override;
    Status configure(const ArgumentParser& arguments, const QString& operand) override;
    Status execute(const CommandContext& context) override;
    /// Opens the registry itself in execute(), so that no keychain is asked for a password.
    RegistryAccess registryAccess() const override { return RegistryAccess::None; }

private:
    static Result<int> positiveNumber(const ArgumentParser& arguments, const QString& option, int fallback);

    ServeOptions m_options;
    QString m_location;
    bool m_readOnly = false;
};

} // namespace AppKeys
