#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace AppKeys {

/// `appkeys audit checkpoint`: verifies the trail as `audit verify` does and prints its head as one line
/// (AuditCheckpoint), for a team to keep outside the database (a ticket, a commit) and check later with
/// `audit verify --against LINE`.
class AuditCheckpointCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::AuditCheckpointCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    Status configure(const ArgumentParser& arguments, const QString& operand) override;
    Status execute(const CommandContext& context) override;
    RegistryAccess registryAccess() const override { return RegistryAccess::ReadOnly; }
};

} // namespace AppKeys
