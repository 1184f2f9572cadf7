#pragma once

#include <QString>

namespace AppKeys {

/// Something that went wrong, worded for the person using the program.
struct Error
{
    QString message; ///< what went wrong, in one sentence
    QString hint;    ///< what the user can do about it; may be empty
    int code = 0;    ///< the origin's own code (for example a QKeychain::Error), for tests and logs

    /// message and hint joined for a single label or stderr line
    QString text() const { return hint.isEmpty() ? message : message + QLatin1Char('\n') + hint; }
};

} // namespace AppKeys
