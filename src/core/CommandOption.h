#pragma once

#include <QString>

namespace AppKeys {

/// One `--name [VALUE]` option of the command line, with its help text.
struct CommandOption
{
    QString name;        ///< without the dashes: "source-app"
    QString valueName;   ///< "S" for `--source-app S`; empty for a flag
    QString description; ///< translated, for --help

    bool takesValue() const { return !valueName.isEmpty(); }
};

} // namespace AppKeys
