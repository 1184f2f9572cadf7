#pragma once

#include "CommandOption.h"
#include "Status.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace AppKeys {

/// Splits a command line into known options and positional arguments, with precise messages for what it
/// cannot accept. Written by hand rather than with QCommandLineParser so that global options may stand
/// anywhere and every error names the exact argument. In core because the window reads its options with it too
/// (LaunchOptions), so that it accepts them exactly as the commands do.
class ArgumentParser
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::ArgumentParser)

public:
    explicit ArgumentParser(QList<CommandOption> options);

    /// Options come anywhere, as `--name VALUE` or `--name=VALUE`; `--` ends them. Unknown options, missing
    /// values and values given to flags are Errors.
    Status parse(const QStringList& arguments);

    bool isSet(const QString& name) const { return m_values.contains(name); }
    /// The value given last to `--name`; empty when it was not given.
    QString value(const QString& name) const;
    /// Every value given to `--name`, in order, for an option that may be repeated (`--require A --require B`).
    QStringList values(const QString& name) const { return m_values.value(name); }
    QStringList positionalArguments() const { return m_positionalArguments; }

    /// An Error when `--name` was given a value outside `allowed`; the message lists the allowed values.
    Status checkChoice(const QString& name, const QStringList& allowed) const;

private:
    const CommandOption* find(const QString& name) const;
    Status parseOption(const QString& argument, const QStringList& arguments, qsizetype& index);

    QList<CommandOption> m_options;
    QHash<QString, QStringList> m_values;
    QStringList m_positionalArguments;
};

} // namespace AppKeys
