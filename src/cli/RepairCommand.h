#pragma once

#include "Command.h"
#include "KeychainSweep.h"

#include <QCoreApplication>

namespace AppKeys {

class KeychainReportLookup;

/// `appkeys repair [--dry-run] [--grace MINUTES]`: KeychainSweep on demand. Removes the keychain entries of this
/// registry that no live credential uses (each on the audit trail) and lists the live credentials whose plaintext this
/// keychain lacks or holds differently, with the cure. Exit status 1 while such credentials remain.
class RepairCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::RepairCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    QList<CommandOption> options() const override;
    Status configure(const ArgumentParser& arguments, const QString& operand) override;
    Status execute(const CommandContext& context) override;
    /// A dry run only reads; a repair records each removal on the audit trail.
    RegistryAccess registryAccess() const override;

private:
    /// Write the outcome with the findings the sweep kept in `findings`; an Error when they cannot be read back.
    static Status writeText(const KeychainSweep::Outcome& outcome, const KeychainReportLookup& findings, bool dryRun,
                            QTextStream& out);
    static Status writeJson(const KeychainSweep::Outcome& outcome, const KeychainReportLookup& findings, bool dryRun,
                            const CommandContext& context);
    static Status exitStatus(const KeychainSweep::Outcome& outcome);

    KeychainSweep::Options m_options;
};

} // namespace AppKeys
