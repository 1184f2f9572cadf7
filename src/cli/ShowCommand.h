#pragma once

#include "AppOverview.h"
#include "AuditEntry.h"
#include "Command.h"
#include "Result.h"

#include <QCoreApplication>
#include <memory>

namespace AppKeys {

class KeychainReport;
class PermissionCatalogue;

/// `appkeys show APP`: one app by id or name, as the main window's details panel shows it.
class ShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::ShowCommand)

public:
    explicit ShowCommand(std::shared_ptr<const PermissionCatalogue> catalogue);

    QStringList words() const override;
    QString operandName() const override;
    QString summary() const override;
    Status configure(const ArgumentParser& arguments, const QString& operand) override;
    Status execute(const CommandContext& context) override;
    RegistryAccess registryAccess() const override { return RegistryAccess::ReadOnly; }

private:
    Result<AppOverview> loadApp(const CommandContext& context) const;
    void writeJson(const CommandContext& context, const AppOverview& overview, const KeychainReport& keychain,
                   const QList<AuditEntry>& history) const;
    void writeText(const CommandContext& context, const AppOverview& overview, const KeychainReport& keychain,
                   const QList<AuditEntry>& history) const;
    static void writeFields(QTextStream& out, const AppOverview& overview);
    /// One line on the app's credentials in this machine's keychain, per the last KeychainReport, with the cure.
    static void writeKeychain(QTextStream& out, const AppOverview& overview, const KeychainReport& keychain,
                              const QDateTime& now);
    static void writeList(QTextStream& out, const QString& title, const QStringList& items);
    void writePermissions(QTextStream& out, const QStringList& permissionIds) const;
    static void writeKeys(QTextStream& out, const QList<KeyRecord>& keys, const QDateTime& now);

    std::shared_ptr<const PermissionCatalogue> m_catalogue;
    QString m_idOrName;
};

} // namespace AppKeys
