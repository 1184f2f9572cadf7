#include "LocalTime.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

/// Where the minutes of a date-time format start ("m" outside quoted text); -1 when it has none.
qsizetype minutesFieldStart(const QString& format)
{
    bool quoted = false;
    for (qsizetype index = 0; index < format.size(); ++index) {
        if (format.at(index) == u'\'')
            quoted = !quoted;
        else if (!quoted && format.at(index) == u'm')
            return index;
    }
    return -1;
}

/// The locale's short date and time format with the seconds after the minutes, joined by the locale's own minute
/// separator: "M/d/yy h:mm AP" becomes "M/d/yy h:mm:ss AP", "dd.MM.yy HH:mm" becomes "dd.MM.yy HH:mm:ss". Qt's
/// long time format has seconds too, but also the time zone, which would crowd the audit table.
QString shortFormatWithSeconds(const QLocale& locale)
{
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    const qsizetype minutesStart = minutesFieldStart(format);
    if (minutesStart < 0)
        return format;
    qsizetype minutesEnd = minutesStart;
    while (minutesEnd < format.size() && format.at(minutesEnd) == u'm')
        ++minutesEnd;
    qsizetype separatorStart = minutesStart;
    while (separatorStart > 0 && !format.at(separatorStart - 1).isLetter())
        --separatorStart;
    QString separator = format.mid(separatorStart, minutesStart - separatorStart);
    // A quoted separator ("HH 'h' mm" in fr_CA) cannot be repeated after the minutes without its quotes.
    if (separator.isEmpty() || separator.contains(u'\''))
        separator = u":"_s;
    return format.insert(minutesEnd, separator + QString(minutesEnd - minutesStart, u's'));
}

/// shortFormatWithSeconds() of the default locale, worked out once per language rather than for every table cell.
QString defaultShortFormatWithSeconds()
{
    static QString localeName;
    static QString format;
    const QLocale locale;
    if (locale.name() != localeName || format.isEmpty()) {
        localeName = locale.name();
        format = shortFormatWithSeconds(locale);
    }
    return format;
}

} // namespace

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
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), defaultShortFormatWithSeconds()) : none();
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
