#include "UsageText.h"

#include "Database.h"
#include "TextTable.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

void UsageText::writeOverview(QTextStream& out, const QList<const Command*>& commands,
                              const QList<CommandOption>& globalOptions)
{
    out << tr("Usage: appkeys [COMMAND] [OPTIONS]") << u'\n'
        << tr("Without a command, appkeys opens the window. The commands only read the registry, except 'alerts "
              "--send', which records the alerts it delivers, and 'serve', which records when keys were last used; "
              "none prints a secret or a key, only their hints.")
        << u"\n\n"_s << tr("Commands:") << u'\n';
    for (const Command* command : commands) {
        out << u"\n  "_s << synopsis(*command) << u'\n' << u"    "_s << command->summary() << u'\n';
        writeOptions(out, command->options(), u"      "_s);
    }
    out << u'\n';
    writeGlobalOptionsAndExitStatus(out, globalOptions);
}

void UsageText::writeCommand(QTextStream& out, const Command& command, const QList<CommandOption>& globalOptions)
{
    out << tr("Usage: %1").arg(synopsis(command)) << u'\n' << command.summary() << u"\n\n"_s;
    if (!command.options().isEmpty()) {
        out << tr("Options:") << u'\n';
        writeOptions(out, command.options(), u"  "_s);
        out << u'\n';
    }
    writeGlobalOptionsAndExitStatus(out, globalOptions);
}

QString UsageText::synopsis(const Command& command)
{
    if (!command.synopsis().isEmpty())
        return command.synopsis();
    QString text = u"appkeys "_s + command.name();
    if (!command.operandName().isEmpty())
        text += u' ' + command.operandName();
    return text + u' ' + tr("[OPTIONS]");
}

void UsageText::writeOptions(QTextStream& out, const QList<CommandOption>& options, const QString& indent)
{
    TextTable table;
    for (const CommandOption& option : options) {
        const QString spelled = u"--"_s + option.name + (option.takesValue() ? u' ' + option.valueName : QString());
        table.addRow({spelled, option.description});
    }
    table.write(out, indent);
}

void UsageText::writeGlobalOptionsAndExitStatus(QTextStream& out, const QList<CommandOption>& globalOptions)
{
    out << tr("Options of every command:") << u'\n';
    writeOptions(out, globalOptions, u"  "_s);
    out << u'\n'
        << tr("Without --database, the registry chosen in the window's Settings is used, and without that %1.")
               .arg(Database::defaultSqlitePath())
        << u'\n' << tr("Exit status: 0 success, 1 failure (with a message on standard error), 2 bad usage.") << u'\n';
}

} // namespace AppKeys
