#include "ShowCommand.h"

#include "AppJson.h"
#include "AppOverviewReader.h"
#include "AuditJson.h"
#include "AuditLog.h"
#include "AuditTable.h"
#include "CommandContext.h"
#include "ErrorCode.h"
#include "KeychainMarks.h"
#include "PermissionCatalogue.h"
#include "TableTime.h"
#include "TextTable.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

const QString Indent = u"  "_s;

QString yesNo(bool value)
{
    return value ? ShowCommand::tr("yes") : ShowCommand::tr("no");
}

} // namespace

ShowCommand::ShowCommand(std::shared_ptr<const PermissionCatalogue> catalogue) : m_catalogue(std::move(catalogue)) {}

QStringList ShowCommand::words() const
{
    return {u"show"_s};
}

QString ShowCommand::operandName() const
{
    return tr("APP");
}

QString ShowCommand::summary() const
{
    return tr("Show one app, by id or name: its fields, redirect URLs, permissions, keys and audit history.");
}

Status ShowCommand::configure(const ArgumentParser&, const QString& operand)
{
    m_idOrName = operand;
    return {};
}

Status ShowCommand::execute(const CommandContext& context)
{
    const Result<AppOverview> overview = loadApp(context);
    if (!overview)
        return overview.error();
    AuditFilter filter;
    filter.applicationId = overview.value().app.applicationId;
    const Result<QList<AuditEntry>> history = AuditLog(context.database()).entries(filter);
    if (!history)
        return history.error();
    const KeychainReport keychain = KeychainMarks::lastReportFor(KeychainMarks::lastReports(*context.database()),
                                                                 overview.value().app.applicationId);
    if (context.json())
        writeJson(context, overview.value(), keychain, history.value());
    else
        writeText(context, overview.value(), keychain, history.value());
    return {};
}

Result<AppOverview> ShowCommand::loadApp(const CommandContext& context) const
{
    Result<AppOverview> overview = AppOverviewReader::load(context.database(), m_idOrName, context.now());
    if (!overview && overview.error().code == ErrorCode::NotFound)
        return Error{tr("No app named or with id “%1”.").arg(m_idOrName),
                     tr("'appkeys list' shows the registry's apps."), ErrorCode::NotFound};
    return overview;
}

void ShowCommand::writeJson(const CommandContext& context, const AppOverview& overview, const KeychainReport& keychain,
                            const QList<AuditEntry>& history) const
{
    QJsonObject app = AppJson::app(overview);
    app.insert(u"secret_hint"_s, overview.app.secretHint);
    app.insert(u"keychain"_s, KeychainMarks::json(keychain, overview, context.now()));
    QJsonArray keys;
    for (const KeyRecord& key : overview.keys)
        keys.append(AppJson::key(key, context.now()));
    app.insert(u"keys"_s, keys);
    QJsonArray entries;
    for (const AuditEntry& entry : history)
        entries.append(AuditJson::entry(entry));
    app.insert(u"audit_history"_s, entries);
    context.writeJson(QJsonDocument(app));
}

void ShowCommand::writeText(const CommandContext& context, const AppOverview& overview, const KeychainReport& keychain,
                            const QList<AuditEntry>& history) const
{
    QTextStream& out = context.out();
    writeFields(out, overview);
    writeKeychain(out, overview, keychain, context.now());
    writeList(out, tr("Post-logout redirect URLs"), overview.app.details.postLogoutRedirectUrls);
    writeList(out, tr("Post-login redirect URLs"), overview.app.details.postLoginRedirectUrls);
    writePermissions(out, overview.app.scope.permissionIds);
    writeKeys(out, overview.keys, context.now());
    out << u'\n' << tr("Audit history (%1):").arg(history.size()) << u'\n';
    if (!history.isEmpty())
        AuditTable::write(history, out, Indent);
}

void ShowCommand::writeFields(QTextStream& out, const AppOverview& overview)
{
    const AppRecord& app = overview.app;
    TextTable fields;
    fields.addRow({tr("Name:"), app.details.name});
    fields.addRow({tr("Application ID:"), app.applicationId});
    fields.addRow({tr("URI:"), app.details.uri});
    fields.addRow({tr("Description:"), app.details.description});
    fields.addRow({tr("Login user type:"), displayName(app.details.loginUserType)});
    fields.addRow({tr("Source app:"), displayName(app.details.sourceApp)});
    fields.addRow({tr("Auth method:"), displayName(app.scope.authMethod)});
    fields.addRow({tr("Status:"), overview.status.text()});
    fields.addRow({tr("Expires:"), TableTime::date(overview.expiresAt)});
    fields.addRow({tr("Last used:"), TableTime::minutes(overview.lastUsedAt)});
    fields.addRow({tr("Active:"), yesNo(app.active)});
    fields.addRow({tr("Secret:"), app.secretHint});
    fields.addRow({tr("Created by:"), app.createdBy});
    fields.addRow({tr("Created at:"), TableTime::minutes(app.createdAt)});
    fields.write(out);
}

void ShowCommand::writeKeychain(QTextStream& out, const AppOverview& overview, const KeychainReport& keychain,
                                const QDateTime& now)
{
    if (!keychain.isChecked()) {
        out << tr("Keychain: not checked on this machine yet ('appkeys repair --dry-run' checks it).") << u'\n';
        return;
    }
    const QList<KeychainReport::Finding> findings = keychain.findingsFor(overview, now);
    if (findings.isEmpty()) {
        out << tr("Keychain: every live credential is there (checked %1).")
                   .arg(TableTime::minutes(keychain.checkedAt()))
            << u'\n';
        return;
    }
    for (const KeychainReport::Finding& finding : findings)
        out << tr("Keychain: %1 (%2). %3")
                   .arg(KeychainReport::text(finding, keychain.checkedBy()), finding.hint,
                        KeychainReport::cure(finding))
            << u'\n';
}

void ShowCommand::writeList(QTextStream& out, const QString& title, const QStringList& items)
{
    out << u'\n' << tr("%1 (%2):").arg(title).arg(items.size()) << u'\n';
    for (const QString& item : items)
        out << Indent << item << u'\n';
}

void ShowCommand::writePermissions(QTextStream& out, const QStringList& permissionIds) const
{
    out << u'\n' << tr("Permissions (%1):").arg(permissionIds.size()) << u'\n';
    TextTable permissions;
    for (const QString& id : permissionIds)
        permissions.addRow({id, m_catalogue->displayName(id)});
    permissions.write(out, Indent);
}

void ShowCommand::writeKeys(QTextStream& out, const QList<KeyRecord>& keys, const QDateTime& now)
{
    out << u'\n' << tr("Keys (%1):").arg(keys.size()) << u'\n';
    if (keys.isEmpty())
        return;
    TextTable table({tr("Hint"), tr("Created"), tr("Expires"), tr("Revoked"), tr("Last Used"), tr("Status")});
    for (const KeyRecord& key : keys) {
        const KeyStatus status = KeyStatus::ofKey(key, now);
        table.addRow({key.keyHint, TableTime::minutes(key.createdAt), TableTime::minutes(key.expiresAt),
                      TableTime::minutes(key.revokedAt), TableTime::minutes(key.lastUsedAt), status.text()});
    }
    table.write(out, Indent);
}

} // namespace AppKeys
