#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QTextStream>

namespace AppKeys {

/// What `appkeys --help` and `appkeys COMMAND --help` print.
class UsageText
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::UsageText)

public:
    /// Every command with its options, then the global options.
    static void writeOverview(QTextStream& out, const QList<const Command*>& commands,
                              const QList<CommandOption>& globalOptions);
    static void writeCommand(QTextStream& out, const Command& command, const QList<CommandOption>& globalOptions);

private:
    static QString synopsis(const Command& command);
    static void writeOptions(QTextStream& out, const QList<CommandOption>& options, const QString& indent);
    static void writeGlobalOptionsAndExitStatus(QTextStream& out, const QList<CommandOption>& globalOptions);
};

} // namespace AppKeys
