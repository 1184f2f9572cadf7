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
    if (const std::optional<QDate> date = dateOnly(text))
        return QDateTime(bound == Bound::Start ? *date : date->addDays(1), QTime(0, 0), Qt::UTC);
    if (const QDateTime time = dateTime(text); time.isValid())
        return time;
    return Error{tr("Bad date “%1”: use YYYY-MM-DD or an ISO-8601 date-time such as 2025-03-01T09:30:00Z.").arg(text),
                 {}};
}

} // namespace AppKeys
