#pragma once

#include "CommandOption.h"
#include "Status.h"

#include <QList>
#include <QStringList>

namespace AppKeys {

class ArgumentParser;
class CommandContext;

/// One command of `appkeys`: its words, its options, the access to the registry it needs, and what it does.
class Command
{
public:
    /// How the registry is opened before execute(): not at all, read-only whatever --read-only says, or for writing.
    enum class RegistryAccess
    {
        None,
        ReadOnly,
        ReadWrite
    };

    virtual ~Command() = default;

    /// The words that select it on the command line: {"list"}, {"audit", "verify"}.
    virtual QStringList words() const = 0;
    /// The name of its one positional argument for usage texts ("APP"); empty when it takes none.
    virtual QString operandName() const { return {}; }
    /// The usage line when "appkeys WORDS [OPERAND] [OPTIONS]" does not say what the command needs; empty for that.
    virtual QString synopsis() const { return {}; }
    /// One translated line for --help.
    virtual QString summary() const = 0;
    /// Its own options, besides the global ones.
    virtual QList<CommandOption> options() const { return {}; }

    /// Takes in its options and operand (already checked to be there when operandName() is set) before the
    /// registry opens. An Error here is bad usage: exit status 2.
    virtual Status configure(const ArgumentParser& arguments, const QString& operand) = 0;
    /// Runs on the registry opened as registryAccess() says. An Error here is a failure: exit status 1.
    virtual Status execute(const CommandContext& context) = 0;
    /// What execute() needs, as configured. Only a command that records something asks for ReadWrite.
    virtual RegistryAccess registryAccess() const = 0;

    /// "audit verify"
    QString name() const { return words().join(QLatin1Char(' ')); }
};

} // namespace AppKeys
