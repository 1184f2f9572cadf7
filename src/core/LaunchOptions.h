#pragma once

#include "CommandOption.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace AppKeys {

class ArgumentParser;

/// What the window and every command start with: which registry, whether read-only, and in which language. Defined
/// once, here, so that the window and the command line accept the same options, `appkeys --help` describes them for
/// both, and both open the same registry (registryLocation()).
class LaunchOptions
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::LaunchOptions)

public:
    static constexpr auto DatabaseOption = "database";
    static constexpr auto ReadOnlyOption = "read-only";
    static constexpr auto LanguageOption = "lang";

    /// --database, --read-only and --lang with their value names and translated descriptions, for --help and for the
    /// parsers. --lang is among them although takeLanguage() has usually taken it out already, so that it is listed
    /// and a second one is no error.
    static QList<CommandOption> definitions();

    /// Takes `--lang X` or `--lang=X` out of `arguments` (argv without the program name) and returns X: nullopt
    /// when the option is absent, an empty string when it names no language. Done before anything else, because
    /// every text after it, usage errors included, is in that language; and before the other options are read, so
    /// that a "--lang" followed by an option (`--lang --read-only`) does not take that option for its language.
    static std::optional<QString> takeLanguage(QStringList& arguments);

    /// The launch options in arguments that may hold nothing else: the window's. Options come in any order, as
    /// `--name VALUE` or `--name=VALUE`; an unknown option, a missing value or a word is an Error (bad usage).
    static Result<LaunchOptions> parse(const QStringList& arguments);
    /// The launch options that `parser`, given definitions() among its options, has read: the command line's.
    static LaunchOptions from(const ArgumentParser& parser);

    /// --database, or else the registry chosen in the Settings; empty for the embedded default (Database::open).
    QString registryLocation() const;

    /// The value of --database; nullopt without it.
    std::optional<QString> database;
    bool readOnly = false;
};

} // namespace AppKeys
