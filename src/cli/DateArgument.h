#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace AppKeys {

/// A date or time given on the command line (--since, --until): YYYY-MM-DD, which means that whole UTC day, or an
/// ISO-8601 date-time, which is UTC unless it carries an offset.
class DateArgument
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::DateArgument)

public:
    enum class Bound
    {
        Start, ///< a date stands for its first instant (--since, inclusive)
        End    ///< a date stands for the first instant after it (--until, exclusive), so its whole day is included
    };

    /// The UTC instant, or an Error "Bad date “X”: ..." that shows the accepted forms.
    static Result<QDateTime> parse(const QString& text, Bound bound);
};

} // namespace AppKeys
