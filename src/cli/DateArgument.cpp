#include "DateArgument.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

std::optional<QDate> dateOnly(const QString& text)
{
    static const QRegularExpression datePattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (!datePattern.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

QDateTime dateTime(const QString& text)
{
    if (!text.contains(u'T'))
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    // Without an offset Qt reads local time; the registry and every other time on the command line are UTC.
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

} // namespace

Result<QDateTime> DateArgument::parse(const QString& text, Bound bound)
{
    // The registry keeps times as ISO-8601 text, which has four digits for the year: a later time would not compare
    // as a time. The end of 9999-12-31 itself is its last millisecond.
    const QDateTime latest(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    QDateTime time = dateTime(text);
    if (const std::optional<QDate> date = dateOnly(text))
        time = bound == Bound::Start ? QDateTime(*date, QTime(0, 0), Qt::UTC)
                                     : std::min(QDateTime(date->addDays(1), QTime(0, 0), Qt::UTC), latest);
    if (!time.isValid())
        return Error{
            tr("Bad date “%1”: use YYYY-MM-DD or an ISO-8601 date-time such as 2025-03-01T09:30:00Z.").arg(text), {}};
    if (time > latest)
        return Error{tr("Bad date “%1”: AppKeys takes dates up to 9999-12-31.").arg(text), {}};
    return time;
}

} // namespace AppKeys
