#pragma once

#include "AppFilter.h"
#include "Command.h"
#include "ConcurrentPageReader.h"
#include "TextTable.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

namespace AppKeys {

class KeychainReport;
class KeychainReportLookup;
class PermissionCatalogue;

/// `appkeys list [filters]`: the registry's apps as the main window's table shows them, or as JSON.
class ListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::ListCommand)

public:
    explicit ListCommand(std::shared_ptr<const PermissionCatalogue> catalogue);

    QStringList words() const override;
    QString summary() const override;
    QList<CommandOption> options() const override;
    Status configure(const ArgumentParser& arguments, const QString& operand) override;
    Status execute(const CommandContext& context) override;
    RegistryAccess registryAccess() const override { return RegistryAccess::ReadOnly; }

private:
    QStringList apiGroupChoices() const;
    Status readChoices(const ArgumentParser& arguments);
    static Status readDays(const ArgumentParser& arguments, const QString& option, std::optional<int>& days);
    Status writeJson(const CommandContext& context, const KeychainReportLookup& keychain) const;
    /// The JSON of a page's apps that the filter lets through, with their keychain marks, on the thread that read the
    /// page: `keychain` is that thread's own.
    ConcurrentPageReader::Render jsonRender(const CommandContext& context, KeychainReportLookup keychain) const;
    /// Each app the filter lets through, newest first, read a page at a time, with its findings in the last keychain
    /// report.
    Status forEachShown(const CommandContext& context, const KeychainReportLookup& keychain,
                        const std::function<void(const AppOverview&, const KeychainReport&)>& take) const;
    static TextTable emptyTable();

    std::shared_ptr<const PermissionCatalogue> m_catalogue;
    AppFilter m_filter;
};

} // namespace AppKeys
