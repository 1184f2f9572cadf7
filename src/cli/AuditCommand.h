#pragma once

#include "AuditFilter.h"
#include "Command.h"
#include "Result.h"

#include <QCoreApplication>

namespace AppKeys {

/// `appkeys audit [filters]`: the audit trail's entries, oldest first, as a table or JSON.
class AuditCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::AuditCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    QList<CommandOption> options() const override;
    Status configure(const ArgumentParser& arguments, const QString& operand) override;
    Status execute(const CommandContext& context) override;
    RegistryAccess registryAccess() const override { return RegistryAccess::ReadOnly; }

    static QStringList actionChoices();

private:
    Status readDates(const ArgumentParser& arguments);
    /// An app's id by its id or name; the text itself when no live app matches, so that the trail of a deleted
    /// app can still be read by its id.
    Result<QString> applicationId(const CommandContext& context) const;

    AuditFilter m_filter;
    QString m_app;
};

} // namespace AppKeys
