#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace AppKeys {

/// `appkeys audit verify`: walks the audit trail's hash chain and names the first broken link.
class AuditVerifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::AuditVerifyCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    Status configure(const ArgumentParser& arguments, const QString& operand) override;
    Status execute(const CommandContext& context) override;
    RegistryAccess registryAccess() const override { return RegistryAccess::ReadOnly; }
};

} // namespace AppKeys
