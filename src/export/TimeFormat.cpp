#include "TimeFormat.h"

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

} // namespace

/// Written digit by digit: `list --json` writes three times an app, and QDateTime::toString took 6 % of its
/// instructions. Years Qt's ISO form writes otherwise (before 1, after 9999) are left to Qt; tst_export_document's
/// isoTimesAreWhatQtWrites compares the two.
QString TimeFormat::iso(const QDateTime& time)
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

} // namespace AppKeys
