#include "CommandSet.h"

#include "AlertsCommand.h"
#include "AuditCheckpointCommand.h"
#include "AuditCommand.h"
#include "AuditVerifyCommand.h"
#include "ExportCommand.h"
#include "ListCommand.h"
#include "LoginCommand.h"
#include "RepairCommand.h"
#include "ServeCommand.h"
#include "ShowCommand.h"
#include "VerifyCommand.h"

namespace AppKeys {

CommandSet::CommandSet(const std::shared_ptr<const PermissionCatalogue>& catalogue)
{
    m_commands.push_back(std::make_unique<ListCommand>(catalogue));
    m_commands.push_back(std::make_unique<ShowCommand>(catalogue));
    m_commands.push_back(std::make_unique<AuditCommand>());
    m_commands.push_back(std::make_unique<AuditVerifyCommand>());
    m_commands.push_back(std::make_unique<AuditCheckpointCommand>());
    m_commands.push_back(std::make_unique<AlertsCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<LoginCommand>());
    m_commands.push_back(std::make_unique<RepairCommand>());
    m_commands.push_back(std::make_unique<VerifyCommand>());
    m_commands.push_back(std::make_unique<ServeCommand>());
}

Command* CommandSet::find(const QStringList& words) const
{
    Command* found = nullptr;
    for (const std::unique_ptr<Command>& command : m_commands) {
        const QStringList commandWords = command->words();
        const bool selected = words.mid(0, commandWords.size()) == commandWords;
        if (selected && (!found || commandWords.size() > found->words().size()))
            found = command.get();
    }
    return found;
}

QList<const Command*> CommandSet::all() const
{
    QList<const Command*> commands;
    for (const std::unique_ptr<Command>& command : m_commands)
        commands.append(command.get());
    return commands;
}

} // namespace AppKeys
