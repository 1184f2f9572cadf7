#include "LaunchOptions.h"

#include "AppSettings.h"
#include "ArgumentParser.h"
#include "TranslationLoader.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {
QString optionName(const char* name)
{
    return QString::fromLatin1(name);
}
} // namespace

QList<CommandOption> LaunchOptions::definitions()
{
    return {{optionName(DatabaseOption), u"LOCATION"_s,
             tr("the registry: an SQLite file path, sqlite:///absolute/path or postgresql://role@host:port/database "
                "(default: the one in the Settings)")},
            {optionName(ReadOnlyOption),
             {},
             tr("open the registry read-only (every command but 'alerts --send' does so anyway)")},
            {optionName(LanguageOption), u"LANGUAGE"_s,
             tr("the language of the window and the messages: %1 (default: the system's)")
                 .arg(TranslationLoader::supportedLanguages().join(u", "_s))}};
}

std::optional<QString> LaunchOptions::takeLanguage(QStringList& arguments)
{
    const QString option = u"--"_s + optionName(LanguageOption);
    for (qsizetype index = 0; index < arguments.size(); ++index) {
        const QString argument = arguments.at(index);
        if (argument.startsWith(option + u'=')) {
            arguments.removeAt(index);
            return argument.mid(option.size() + 1);
        }
        if (argument != option)
            continue;
        arguments.removeAt(index);
        const bool languageFollows = index < arguments.size() && !arguments.at(index).startsWith(u'-');
        return languageFollows ? arguments.takeAt(index) : QString();
    }
    return std::nullopt;
}

Result<LaunchOptions> LaunchOptions::parse(const QStringList& arguments)
{
    ArgumentParser parser(definitions());
    if (Status parsed = parser.parse(arguments); !parsed)
        return parsed.error();
    if (!parser.positionalArguments().isEmpty())
        return Error{tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()), {}};
    return from(parser);
}

LaunchOptions LaunchOptions::from(const ArgumentParser& parser)
{
    LaunchOptions options;
    if (parser.isSet(optionName(DatabaseOption)))
        options.database = parser.value(optionName(DatabaseOption));
    options.readOnly = parser.isSet(optionName(ReadOnlyOption));
    return options;
}

QString LaunchOptions::registryLocation() const
{
    return database ? *database : AppSettings().registryLocation();
}

} // namespace AppKeys
