#pragma once

#include "Command.h"
#include "ExportDocument.h"

#include <QCoreApplication>

namespace AppKeys {

/// `appkeys export --format csv|json [--what apps|audit] [--output FILE]`: the apps (as `list --json` gives them)
/// or the whole audit trail, to standard output or a file.
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::ExportCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    QList<CommandOption> options() const override;
    Status configure(const ArgumentParser& arguments, const QString& operand) override;
    Status execute(const CommandContext& context) override;
    RegistryAccess registryAccess() const override { return RegistryAccess::ReadOnly; }

private:
    ExportDocument::Format m_format = ExportDocument::Format::Json;
    bool m_audit = false;
    QString m_outputPath;
};

} // namespace AppKeys
