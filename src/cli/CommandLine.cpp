#include "CommandLine.h"

#include "ApplicationIdentity.h"
#include "ArgumentParser.h"
#include "AuditCheckpointRecorder.h"
#include "CommandContext.h"
#include "CommandSet.h"
#include "Database.h"
#include "ErrorCode.h"
#include "LaunchOptions.h"
#include "PermissionCatalogue.h"
#include "RegistryConnector.h"
#include "TerminalOutput.h"
#include "TranslationLoader.h"
#include "UsageText.h"

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

const QString HelpOption = u"help"_s;
const QString VersionOption = u"version"_s;
const QString JsonOption = u"json"_s;

/// The window's launch options, and those only the command line has.
QList<CommandOption> globalOptions()
{
    return LaunchOptions::definitions() +
           QList<CommandOption>{
               {JsonOption,
                {},
                CommandLine::tr(
                    "JSON instead of text (list, show, audit, audit verify, audit checkpoint, alerts, verify)")},
               {HelpOption, {}, CommandLine::tr("show this help; 'appkeys COMMAND --help' shows one command's")},
               {VersionOption, {}, CommandLine::tr("show the version")}};
}

const CommandOption* findGlobalOption(const QList<CommandOption>& globals, const QString& argument)
{
    for (const CommandOption& option : globals) {
        const QString spelled = u"--"_s + option.name;
        if (argument == spelled || argument.startsWith(spelled + u'='))
            return &option;
    }
    return nullptr;
}

/// The words that name the command: the positional arguments up to the first option that is not a global one
/// (whose values are skipped), because the value of a command's own option cannot be told from a word before the
/// command is known.
QStringList leadingWords(const QStringList& arguments)
{
    const QList<CommandOption> globals = globalOptions();
    QStringList words;
    for (qsizetype index = 0; index < arguments.size(); ++index) {
        const QString& argument = arguments.at(index);
        if (!argument.startsWith(u'-')) {
            words.append(argument);
            continue;
        }
        const CommandOption* option = findGlobalOption(globals, argument);
        if (!option)
            break;
        if (option->takesValue() && !argument.contains(u'='))
            ++index;
    }
    return words;
}

/// Whether an option with two dashes is one the window does not take: a usage error the command line reports, so
/// that it needs no display. Qt's own options for the window (-platform, -style) have one dash.
bool hasUnknownWindowOption(const QStringList& arguments)
{
    const QList<CommandOption> launchOptions = LaunchOptions::definitions();
    for (qsizetype index = 0; index < arguments.size(); ++index) {
        const QString& argument = arguments.at(index);
        if (!argument.startsWith(u"--"_s) || argument == u"--"_s)
            continue;
        const CommandOption* option = findGlobalOption(launchOptions, argument);
        if (!option)
            return true;
        if (option->takesValue() && !argument.contains(u'='))
            ++index;
    }
    return false;
}

void writeError(QTextStream& err, const Error& error)
{
    err << u"appkeys: "_s << error.message << u'\n';
    if (!error.hint.isEmpty())
        err << error.hint << u'\n';
}

int failure(QTextStream& err, const Error& error)
{
    writeError(err, error);
    return CommandLine::Failure;
}

int badUsage(QTextStream& err, const QString& message)
{
    writeError(err, Error{message, CommandLine::tr("Try 'appkeys --help'.")});
    return CommandLine::BadUsage;
}

void writeVersion(QTextStream& out)
{
    out << u"appkeys "_s << QStringLiteral(APPKEYS_VERSION) << u'\n';
}

Result<QString> operandOf(const Command& command, const QStringList& operands)
{
    const qsizetype allowed = command.operandName().isEmpty() ? 0 : 1;
    if (operands.size() > allowed)
        return Error{CommandLine::tr("unexpected argument '%1'").arg(operands.at(allowed)), {}};
    if (!command.operandName().isEmpty() && operands.isEmpty())
        return Error{CommandLine::tr("'appkeys %1' needs %2").arg(command.name(), command.operandName()), {}};
    return operands.value(0);
}

int runWithoutCommand(const QStringList& arguments, const CommandSet& commands, QTextStream& out, QTextStream& err)
{
    ArgumentParser parser(globalOptions());
    if (Status parsed = parser.parse(arguments); !parsed)
        return badUsage(err, parsed.error().message);
    if (parser.isSet(HelpOption))
        UsageText::writeOverview(out, commands.all(), globalOptions());
    else if (parser.isSet(VersionOption))
        writeVersion(out);
    else
        return badUsage(err, CommandLine::tr("no command given"));
    return CommandLine::Success;
}

/// The connector's hint names both ways of entering a password; here only one of them works.
Error withLoginHint(Error error, const QString& location)
{
    if (RegistryConnector::isCurableByPassword(error))
        error.hint = CommandLine::tr("Enter the password once with: appkeys login --database %1").arg(location);
    return error;
}

/// Opens the registry as the command needs it: for writing only when it records something, else read-only whatever
/// --read-only says. None creates a registry: a mistyped path must not leave an empty one behind.
Status openRegistry(CommandContext& context, Command::RegistryAccess access, const QString& location)
{
    const auto mode =
        access == Command::RegistryAccess::ReadWrite ? Database::AccessMode::ReadWrite : Database::AccessMode::ReadOnly;
    RegistryConnector connector(context.secrets());
    Result<std::shared_ptr<Database>> database = connector.openAndWait(location, mode, Database::IfMissing::Refuse);
    if (!database)
        return withLoginHint(database.error(), location);
    for (const QString& warning : database.value()->warnings())
        context.err() << u"appkeys: "_s << CommandLine::tr("warning: %1").arg(warning) << u'\n';
    // A command that writes keeps a checkpoint of the trail's head after each change it commits. Without the keychain
    // it still runs: its own use of the keychain reports the problem, and the next checkpoint catches up.
    if (access == Command::RegistryAccess::ReadWrite)
        AuditCheckpointRecorder::attachAndWait(database.value(), context.secrets());
    context.setDatabase(std::move(database).value());
    return {};
}

/// A command that records what it does cannot run on a registry it may not write: it says so, rather than the
/// window's advice to open it read-only.
Error forCommandThatWrites(Error error)
{
    if (error.code == ErrorCode::FileNotWritable)
        error.hint = CommandLine::tr("This command records what it does, so it needs a registry it may write to.");
    return error;
}

int execute(Command& command, const ArgumentParser& parser, QTextStream& out, QTextStream& err)
{
    CommandContext context(QDateTime::currentDateTimeUtc(), parser.isSet(JsonOption), out, err);
    if (command.registryAccess() != Command::RegistryAccess::None) {
        const QString location = LaunchOptions::from(parser).registryLocation();
        if (Status opened = openRegistry(context, command.registryAccess(), location); !opened)
            return failure(err, forCommandThatWrites(opened.error()));
    }
    if (Status executed = command.execute(context); !executed)
        return failure(err, executed.error());
    return CommandLine::Success;
}

int runCommand(Command& command, const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    ArgumentParser parser(globalOptions() + command.options());
    if (Status parsed = parser.parse(arguments); !parsed)
        return badUsage(err, parsed.error().message);
    if (parser.isSet(HelpOption)) {
        UsageText::writeCommand(out, command, globalOptions());
        return CommandLine::Success;
    }
    if (parser.isSet(VersionOption)) {
        writeVersion(out);
        return CommandLine::Success;
    }
    const Result<QString> operand = operandOf(command, parser.positionalArguments().mid(command.words().size()));
    if (!operand)
        return badUsage(err, operand.error().message);
    if (Status configured = command.configure(parser, operand.value()); !configured)
        return badUsage(err, configured.error().message);
    return execute(command, parser, out, err);
}

int dispatch(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    applyApplicationIdentity();
    Result<PermissionCatalogue> catalogue =
        PermissionCatalogue::load(QString::fromLatin1(PermissionCatalogue::DefaultResourcePath));
    if (!catalogue)
        return failure(err, catalogue.error());
    const CommandSet commands(std::make_shared<const PermissionCatalogue>(std::move(catalogue).value()));
    const QStringList words = leadingWords(arguments);
    if (words.isEmpty())
        return runWithoutCommand(arguments, commands, out, err);
    Command* command = commands.find(words);
    if (!command)
        return badUsage(err, CommandLine::tr("unknown command '%1'").arg(words.first()));
    return runCommand(*command, arguments, out, err);
}

/// --lang, or without it the system's language; a language AppKeys does not speak is bad usage.
bool installLanguage(const std::optional<QString>& language, QTextStream& err)
{
    if (const Status installed = TranslationLoader::install(language); !installed) {
        writeError(err, installed.error());
        return false;
    }
    return true;
}

} // namespace

bool CommandLine::isCommandLineInvocation(const QStringList& arguments)
{
    QStringList withoutLanguage = arguments;
    LaunchOptions::takeLanguage(withoutLanguage);
    return withoutLanguage.contains(u"--"_s + HelpOption) || withoutLanguage.contains(u"--"_s + VersionOption) ||
           !leadingWords(withoutLanguage).isEmpty() || hasUnknownWindowOption(withoutLanguage);
}

int CommandLine::run(const QStringList& arguments)
{
    TerminalOutput standardOutput(STDOUT_FILENO);
    TerminalOutput standardError(STDERR_FILENO);
    QTextStream out(&standardOutput);
    QTextStream err(&standardError);
    QStringList withoutLanguage = arguments;
    int exitCode = installLanguage(LaunchOptions::takeLanguage(withoutLanguage), err)
                       ? dispatch(withoutLanguage, out, err)
                       : BadUsage;
    out.flush();
    // A result that did not arrive whole is no success, whatever the command did.
    if (!standardOutput.failure().isEmpty() && exitCode == Success)
        exitCode = failure(err, Error{tr("Could not write to standard output: %1").arg(standardOutput.failure()), {}});
    err.flush();
    return exitCode;
}

} // namespace AppKeys
