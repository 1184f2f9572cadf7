#include "CommandLine.h"

#include "AppSettings.h"
#include "ApplicationIdentity.h"

#include "ArgumentParser.h"
#include "CommandContext.h"
#include "CommandSet.h"
#include "Database.h"
#include "KeychainSecretStore.h"
#include "LoginCommand.h"
#include "PermissionCatalogue.h"
#include "RegistryConnector.h"
#include "TranslationLoader.h"
#include "UsageText.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

const QString HelpOption = u"help"_s;
const QString VersionOption = u"version"_s;
const QString DatabaseOption = u"database"_s;
const QString JsonOption = u"json"_s;

QList<CommandOption> globalOptions()
{
    return {{DatabaseOption, u"LOCATION"_s,
             CommandLine::tr("the registry: an SQLite file path, sqlite:///absolute/path or "
                             "postgresql://role@host:port/database (default: the one in the Settings)")},
            {u"read-only"_s,
             {},
             CommandLine::tr("open the registry read-only (every command but 'alerts --send' does so anyway)")},
            {JsonOption, {}, CommandLine::tr("JSON instead of text (list, show, audit, audit verify, alerts)")},
            {HelpOption, {}, CommandLine::tr("show this help; 'appkeys COMMAND --help' shows one command's")},
            {VersionOption, {}, CommandLine::tr("show the version")},
            {QString::fromLatin1(TranslationLoader::LanguageOptionName), u"LANGUAGE"_s,
             CommandLine::tr("the language of the messages: %1 (default: the system's)")
                 .arg(TranslationLoader::supportedLanguages().join(u", "_s))}};
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

/// --database, or else the registry chosen in the Settings (empty there: the embedded default).
QString registryLocation(const ArgumentParser& parser)
{
    return parser.isSet(DatabaseOption) ? parser.value(DatabaseOption) : AppSettings().registryLocation();
}

/// The connector's hint names both ways of entering a password; here only one of them works.
Error withLoginHint(Error error, const QString& location)
{
    if (RegistryConnector::isCurableByPassword(error))
        error.hint = CommandLine::tr("Enter the password once with: appkeys login --database %1").arg(location);
    return error;
}

int execute(Command& command, const ArgumentParser& parser, QTextStream& out, QTextStream& err)
{
    // Only a command that records something opens the registry for writing; the others get it read-only, whatever
    // --read-only says. None creates a registry: a mistyped path must not leave an empty one behind.
    const QString location = registryLocation(parser);
    RegistryConnector connector(std::make_shared<KeychainSecretStore>());
    const Result<std::shared_ptr<Database>> database = connector.openAndWait(
        location, command.writesToRegistry() ? Database::AccessMode::ReadWrite : Database::AccessMode::ReadOnly,
        Database::IfMissing::Refuse);
    if (!database)
        return failure(err, withLoginHint(database.error(), location));
    const CommandContext context(database.value(), QDateTime::currentDateTimeUtc(), parser.isSet(JsonOption), out, err);
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

int runLogin(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    ArgumentParser parser(globalOptions());
    if (Status parsed = parser.parse(arguments); !parsed)
        return badUsage(err, parsed.error().message);
    if (parser.isSet(HelpOption)) {
        UsageText::writeLogin(out, globalOptions());
        return CommandLine::Success;
    }
    if (const QStringList operands = parser.positionalArguments().mid(1); !operands.isEmpty())
        return badUsage(err, CommandLine::tr("unexpected argument '%1'").arg(operands.first()));
    const QString location = registryLocation(parser);
    if (Status usable = LoginCommand::checkLocation(location); !usable)
        return badUsage(err, usable.error().text());
    const Result<QString> loggedIn = LoginCommand::logIn(location, err);
    if (!loggedIn)
        return failure(err, loggedIn.error());
    out << loggedIn.value() << u'\n';
    return CommandLine::Success;
}

int dispatch(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    Result<PermissionCatalogue> catalogue =
        PermissionCatalogue::load(QString::fromLatin1(PermissionCatalogue::DefaultResourcePath));
    if (!catalogue)
        return failure(err, catalogue.error());
    const CommandSet commands(std::make_shared<const PermissionCatalogue>(std::move(catalogue).value()));
    const QStringList words = leadingWords(arguments);
    if (words.isEmpty())
        return runWithoutCommand(arguments, commands, out, err);
    if (words.first() == LoginCommand::name())
        return runLogin(arguments, out, err);
    Command* command = commands.find(words);
    if (!command)
        return badUsage(err, CommandLine::tr("unknown command '%1'").arg(words.first()));
    return runCommand(*command, arguments, out, err);
}

} // namespace

bool CommandLine::isCommandLineInvocation(const QStringList& arguments)
{
    return arguments.contains(u"--"_s + HelpOption) || arguments.contains(u"--"_s + VersionOption) ||
           !leadingWords(arguments).isEmpty();
}

int CommandLine::runInLanguage(const std::optional<QString>& language, const QStringList& arguments, QTextStream& out,
                               QTextStream& err)
{
    if (const Status installed = TranslationLoader::install(language); !installed) {
        writeError(err, installed.error());
        err.flush();
        return BadUsage;
    }
    return run(arguments, out, err);
}

int CommandLine::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    applyApplicationIdentity();
    const int exitCode = dispatch(arguments, out, err);
    out.flush();
    err.flush();
    return exitCode;
}

} // namespace AppKeys
