#pragma once

#include "AuditCheckpoint.h"
#include "AuditVerification.h"
#include "Command.h"

#include <QCoreApplication>
#include <optional>

namespace AppKeys {

/// `appkeys audit verify [--against LINE]`: walks the audit trail's hash chain and names the first broken link,
/// compares the trail with this machine's checkpoints (and the checkpoint LINE, if given) and the tables with the
/// trail (AuditVerification); then keeps the head as this machine's newest checkpoint.
class AuditVerifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::AuditVerifyCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    QList<CommandOption> options() const override;
    Status configure(const ArgumentParser& arguments, const QString& operand) override;
    Status execute(const CommandContext& context) override;
    RegistryAccess registryAccess() const override { return RegistryAccess::ReadOnly; }

private:
    /// The verification, with its progress on standard error when that is a terminal and it takes over a second.
    Result<AuditVerification::Report> verifyShowingProgress(const CommandContext& context) const;
    static void writeText(const CommandContext& context, const AuditVerification::Report& report);
    static void writeJson(const CommandContext& context, const AuditVerification::Report& report);

    std::optional<AuditCheckpoint> m_against;
};

} // namespace AppKeys
