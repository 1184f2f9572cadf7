#include "IsoTime.h"

#include <algorithm>
#include <iterator>

namespace AppKeys {

namespace {

char16_t* writeDigits(char16_t* cursor, int value, int width)
{
    for (int position = width - 1; position >= 0; --position) {
        cursor[position] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    return cursor + width;
}

/// The number written in `text` at `first`, `count` digits; -1 if one of them is not a digit.
int digitsAt(QStringView text, qsizetype first, qsizetype count)
{
    int number = 0;
    for (qsizetype index = first; index < first + count; ++index) {
        const char16_t unit = text[index].unicode();
        if (unit < u'0' || unit > u'9')
            return -1;
        number = number * 10 + (unit - u'0');
    }
    return number;
}

/// "yyyy-MM-ddTHH:mm:ss.zzzZ" read field by field; a null time for anything else, a date or time that is not valid
/// included, which parse() then leaves to Qt.
QDateTime fromOwnForm(QStringView text)
{
    if (text.size() != 24 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':' ||
        text[16] != u':' || text[19] != u'.' || text[23] != u'Z')
        return {};
    const int fields[] = {digitsAt(text, 0, 4),  digitsAt(text, 5, 2),  digitsAt(text, 8, 2), digitsAt(text, 11, 2),
                          digitsAt(text, 14, 2), digitsAt(text, 17, 2), digitsAt(text, 20, 3)};
    if (std::any_of(std::begin(fields), std::end(fields), [](int field) { return field < 0; }))
        return {};
    const QDate date(fields[0], fields[1], fields[2]);
    const QTime clock(fields[3], fields[4], fields[5], fields[6]);
    if (!date.isValid() || !clock.isValid())
        return {};
    return QDateTime(date, clock, Qt::UTC);
}

} // namespace

QString IsoTime::text(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    if (date.year() < 1 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    const QTime clock = utc.time();
    char16_t text[24];
    char16_t* cursor = writeDigits(text, date.year(), 4);
    *cursor++ = u'-';
    cursor = writeDigits(cursor, date.month(), 2);
    *cursor++ = u'-';
    cursor = writeDigits(cursor, date.day(), 2);
    *cursor++ = u'T';
    cursor = writeDigits(cursor, clock.hour(), 2);
    *cursor++ = u':';
    cursor = writeDigits(cursor, clock.minute(), 2);
    *cursor++ = u':';
    cursor = writeDigits(cursor, clock.second(), 2);
    *cursor++ = u'.';
    cursor = writeDigits(cursor, clock.msec(), 3);
    *cursor++ = u'Z';
    return QString(reinterpret_cast<const QChar*>(text), cursor - text);
}

QDateTime IsoTime::parse(QStringView text)
{
    if (QDateTime time = fromOwnForm(text); time.isValid())
        return time;
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace AppKeys
