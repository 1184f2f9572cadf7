#pragma once

#include "AlertRunSummary.h"
#include "Command.h"

#include <QCoreApplication>

namespace AppKeys {

class AlertDispatcher;

/// `appkeys alerts [--send]`: the expiry alerts due for the webhook in Settings (PRODUCT.md section 5), listed, or
/// delivered headless for a cron job or a systemd timer. The same settings, keychain entry and record of deliveries
/// as the window, so neither sends what the other already delivered.
class AlertsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::AlertsCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    QList<CommandOption> options() const override;
    Status configure(const ArgumentParser& arguments, const QString& operand) override;
    Status execute(const CommandContext& context) override;
    /// --send records what it delivers.
    RegistryAccess registryAccess() const override;

private:
    static Status list(const AlertDispatcher& alerts, const CommandContext& context);
    static Status send(AlertDispatcher& alerts, const QString& settingsFile, const CommandContext& context);
    /// KeychainSweep before the alerts go out; an Error when the keychain cannot be read.
    static Status sweepKeychain(const CommandContext& context);
    static void writeSummary(const AlertRunSummary& summary, const CommandContext& context);
    static Status outcome(const AlertRunSummary& summary);

    bool m_send = false;
};

} // namespace AppKeys
