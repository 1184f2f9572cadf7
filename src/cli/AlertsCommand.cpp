#include "AlertsCommand.h"

#include "AlertDispatcher.h"
#include "AlertJson.h"
#include "AlertTable.h"
#include "AppSettings.h"
#include "ArgumentParser.h"
#include "CommandContext.h"
#include "Database.h"
#include "ErrorCode.h"
#include "KeychainSweepRun.h"
#include "LaunchOptions.h"
#include "SettingsRules.h"
#include "SystemClock.h"

#include <QEventLoop>
#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

const QString SendOption = u"send"_s;

QJsonArray jsonArray(const QList<ExpiryAlert>& alerts)
{
    QJsonArray array;
    for (const ExpiryAlert& alert : alerts)
        array.append(AlertJson::alert(alert));
    return array;
}

/// An Error when the webhook URL in Settings cannot take alerts. Checked before the keychain is touched, so that a
/// cron job's mail names the setting to fix rather than an undeliverable alert.
Status checkWebhookUrl(const QString& url, const QString& settingsFile)
{
    const QString howToSet =
        AlertsCommand::tr("Set the webhook URL in the window's Settings (Expiry alerts); they are kept in %1.")
            .arg(settingsFile);
    if (url.trimmed().isEmpty())
        return Error{AlertsCommand::tr("No webhook URL is set in Settings, so expiry alerts have nowhere to go."),
                     howToSet};
    if (const FieldCheck check = SettingsRules::checkWebhookUrl(url); !check.isValid())
        return Error{AlertsCommand::tr("The webhook URL in Settings cannot be used: %1").arg(check.message), howToSet};
    return {};
}

/// The command line has no event loop of its own; the webhook's network replies and the keychain's D-Bus answers
/// need one until the run is over.
AlertRunSummary runToTheEnd(AlertDispatcher& alerts)
{
    AlertRunSummary summary;
    QEventLoop loop;
    QObject::connect(&alerts, &AlertDispatcher::finished, &loop, [&summary, &loop](const AlertRunSummary& finished) {
        summary = finished;
        loop.quit();
    });
    // A new dispatcher is not running yet, so run() starts, and finished() comes from the loop below.
    alerts.run(AlertDispatcher::Mode::WebhookOnly);
    loop.exec();
    return summary;
}

} // namespace

QStringList AlertsCommand::words() const
{
    return {u"alerts"_s};
}

QString AlertsCommand::summary() const
{
    return tr("List the expiry alerts due for the webhook in Settings; with --send, deliver them (for cron or a "
              "systemd timer) and exit with 1 while some stay pending.");
}

QList<CommandOption> AlertsCommand::options() const
{
    return {{SendOption,
             {},
             tr("deliver the due alerts to the webhook and record them, so that no run sends one twice; the "
                "signing secret comes from the keychain")}};
}

Status AlertsCommand::configure(const ArgumentParser& arguments, const QString&)
{
    m_send = arguments.isSet(SendOption);
    if (m_send && LaunchOptions::from(arguments).readOnly)
        return Error{tr("--send records deliveries and cannot run read-only"), {}};
    return {};
}

Command::RegistryAccess AlertsCommand::registryAccess() const
{
    return m_send ? RegistryAccess::ReadWrite : RegistryAccess::ReadOnly;
}

Status AlertsCommand::execute(const CommandContext& context)
{
    const AppSettings settings;
    AlertDispatcher alerts(context.database(), context.secrets(), std::make_shared<SystemClock>());
    alerts.setOptions(settings.alertOptions());
    return m_send ? send(alerts, settings.fileName(), context) : list(alerts, context);
}

Status AlertsCommand::list(const AlertDispatcher& alerts, const CommandContext& context)
{
    const Result<QList<ExpiryAlert>> due = alerts.dueAlerts(AlertChannel::Webhook);
    if (!due)
        return due.error();
    if (context.json()) {
        context.writeJson(QJsonDocument(
            QJsonObject{{u"alerts_enabled"_s, alerts.options().enabled}, {u"due"_s, jsonArray(due.value())}}));
        return {};
    }
    if (!alerts.options().enabled)
        context.out() << tr("Expiry alerts are turned off in Settings: 'appkeys alerts --send' sends nothing.")
                      << u'\n';
    if (due.value().isEmpty())
        context.out() << tr("No expiry alert is due.") << u'\n';
    else
        AlertTable::write(due.value(), context.out());
    return {};
}

Status AlertsCommand::send(AlertDispatcher& alerts, const QString& settingsFile, const CommandContext& context)
{
    if (!alerts.options().enabled) {
        if (context.json())
            context.writeJson(QJsonDocument(QJsonObject{
                {u"alerts_enabled"_s, false}, {u"delivered"_s, QJsonArray()}, {u"pending"_s, QJsonArray()}}));
        else
            context.out() << tr("Expiry alerts are turned off in Settings: nothing was sent.") << u'\n';
        return {};
    }
    if (Status usable = checkWebhookUrl(alerts.options().webhookUrl, settingsFile); !usable)
        return usable;
    if (!context.database()->acceptsChanges())
        return cannotRecord();
    if (Status swept = sweepKeychain(context); !swept)
        return swept;
    const AlertRunSummary summary = runToTheEnd(alerts);
    writeSummary(summary, context);
    return outcome(summary);
}

Status AlertsCommand::sweepKeychain(const CommandContext& context)
{
    // Every timer run brings this keychain and the registry back into step (PRODUCT.md section 7). A keychain that
    // cannot be read would not give the signing secret either: the run stops here, with the keychain's reason.
    const Result<KeychainSweep::Outcome> swept = KeychainSweepRun::runAndWait(context, KeychainSweep::Options{});
    if (!swept)
        return Error{tr("Could not check the keychain: %1").arg(swept.error().message), swept.error().hint,
                     swept.error().code};
    if (const int removed = int(swept.value().removedEntries.size()); removed > 0 && !context.json())
        context.out() << tr("Removed %n keychain entry(s) that no live credential used.", nullptr, removed) << u'\n';
    // Only what this user issued: on a team registry, other admins' credentials are in their own keychains, and a
    // timer's mail every hour about them would teach its reader to ignore it.
    if (const qsizetype mine = swept.value().ownFindings; mine > 0)
        context.err() << tr("%n live credential(s) lack their plaintext in this keychain; 'appkeys repair' lists them.",
                            nullptr, int(mine))
                      << u'\n';
    return {};
}

void AlertsCommand::writeSummary(const AlertRunSummary& summary, const CommandContext& context)
{
    if (context.json())
        context.writeJson(QJsonDocument(QJsonObject{{u"alerts_enabled"_s, true},
                                                    {u"delivered"_s, jsonArray(summary.delivered)},
                                                    {u"pending"_s, jsonArray(summary.pending)}}));
    else
        context.out() << tr("Delivered %n alert(s).", nullptr, int(summary.delivered.size())) << u'\n';
    for (const ExpiryAlert& alert : summary.pending)
        context.err() << tr("Pending: %1").arg(alert.text()) << u'\n' << u"  "_s << alert.lastError << u'\n';
    for (const Error& error : summary.errors)
        context.err() << error.text() << u'\n';
}

Status AlertsCommand::outcome(const AlertRunSummary& summary)
{
    if (summary.allDelivered())
        return {};
    // Another run would meet the same refusal: no promise of a retry.
    const bool refused = std::any_of(summary.errors.begin(), summary.errors.end(),
                                     [](const Error& error) { return error.code == ErrorCode::ReadOnly; });
    if (refused)
        return cannotRecord();
    const QString retried = tr("The next 'appkeys alerts --send' tries again; 'appkeys alerts' shows what is due.");
    if (summary.pending.isEmpty())
        return Error{tr("The expiry alerts could not be sent."), retried};
    return Error{tr("%n alert(s) stay pending.", nullptr, int(summary.pending.size())), retried};
}

Error AlertsCommand::cannotRecord()
{
    return Error{tr("This registry may not be written to, so 'appkeys alerts --send' cannot record what it "
                    "delivers; nothing more was sent."),
                 tr("Run it as a user or database role that may write to the registry.")};
}

} // namespace AppKeys
