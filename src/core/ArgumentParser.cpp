#include "ArgumentParser.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

ArgumentParser::ArgumentParser(QList<CommandOption> options) : m_options(std::move(options)) {}

Status ArgumentParser::parse(const QStringList& arguments)
{
    bool optionsEnded = false;
    for (qsizetype index = 0; index < arguments.size(); ++index) {
        const QString& argument = arguments.at(index);
        if (optionsEnded || !argument.startsWith(u'-') || argument == u"-"_s) {
            m_positionalArguments.append(argument);
        } else if (argument == u"--"_s) {
            optionsEnded = true;
        } else if (Status parsed = parseOption(argument, arguments, index); !parsed) {
            return parsed;
        }
    }
    return {};
}

Status ArgumentParser::parseOption(const QString& argument, const QStringList& arguments, qsizetype& index)
{
    const qsizetype equals = argument.indexOf(u'=');
    const QString spelled = equals < 0 ? argument : argument.left(equals);
    const CommandOption* option = spelled.startsWith(u"--"_s) ? find(spelled.mid(2)) : nullptr;
    if (!option)
        return Error{tr("unknown option '%1'").arg(spelled), {}};
    if (!option->takesValue()) {
        if (equals >= 0)
            return Error{tr("option '%1' takes no value").arg(spelled), {}};
        m_values[option->name].append(QString());
        return {};
    }
    if (equals >= 0) {
        m_values[option->name].append(argument.mid(equals + 1));
        return {};
    }
    // A following option is far more likely a forgotten value than a value that starts with "--"; such a value
    // can still be given as --name=--value.
    if (index + 1 >= arguments.size() || arguments.at(index + 1).startsWith(u"--"_s))
        return Error{tr("option '%1' needs a value: %1 %2").arg(spelled, option->valueName), {}};
    m_values[option->name].append(arguments.at(++index));
    return {};
}

QString ArgumentParser::value(const QString& name) const
{
    const QStringList given = m_values.value(name);
    return given.isEmpty() ? QString() : given.last();
}

Status ArgumentParser::checkChoice(const QString& name, const QStringList& allowed) const
{
    if (!isSet(name) || allowed.contains(value(name)))
        return {};
    return Error{tr("unknown value “%1” for '--%2': use one of %3").arg(value(name), name, allowed.join(u", "_s)), {}};
}

const CommandOption* ArgumentParser::find(const QString& name) const
{
    for (const CommandOption& option : m_options) {
        if (option.name == name)
            return &option;
    }
    return nullptr;
}

} // namespace AppKeys
