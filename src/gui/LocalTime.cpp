#include "LocalTime.h"

#include <QLocale>

namespace AppKeys {

QString LocalTime::date(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime().date(), QLocale::ShortFormat) : none();
}

QString LocalTime::minutes(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : none();
}

QString LocalTime::seconds(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : none();
}

QString LocalTime::longDate(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime().date(), QLocale::LongFormat) : none();
}

QString LocalTime::none()
{
    return tr("—");
}

} // namespace AppKeys
