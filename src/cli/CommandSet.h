#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace AppKeys {

class PermissionCatalogue;

/// Every command of `appkeys`, and which one a command line's leading words select.
class CommandSet
{
public:
    explicit CommandSet(const std::shared_ptr<const PermissionCatalogue>& catalogue);

    /// The command whose words are the longest prefix of `words` ("audit verify" before "audit"); null for none.
    Command* find(const QStringList& words) const;
    QList<const Command*> all() const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace AppKeys
