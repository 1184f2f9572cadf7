#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace AppKeys {

struct KeyVerdict;

/// `appkeys verify [--require PERMISSION]... [--json]`: whether the API key on standard input is valid (PRODUCT.md
/// section 10), by the same rules as `appkeys serve`. The key is read from standard input only, never from an
/// argument, which other users could see in the process list. Exit status 0 for a valid key; 1 for any other, with the
/// reason on standard error.
class VerifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::VerifyCommand)

public:
    QStringList words() const override;
    QString synopsis() const override;
    QString summary() const override;
    QList<CommandOption> options() const override;
    Status configure(const ArgumentParser& arguments, const QString& operand) override;
    Status execute(const CommandContext& context) override;
    RegistryAccess registryAccess() const override { return RegistryAccess::ReadOnly; }

private:
    static void writeText(const KeyVerdict& verdict, QTextStream& out);

    QStringList m_required;
};

} // namespace AppKeys
