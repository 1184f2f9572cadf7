#include "SqlTime.h"

#include <algorithm>
#include <iterator>

namespace AppKeys::SqlTime {

namespace {

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

/// The form toValue() writes, "yyyy-MM-ddTHH:mm:ss.zzzZ", read field by field: every read of apps and keys parses
/// their times, and Qt's ISO parser took 5 % of `list --json`'s instructions. Anything else, a date or time that is
/// not valid included, is left to Qt (an invalid QDateTime here), so the result is always what Qt would read.
QDateTime fromCanonicalText(QStringView text)
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

QVariant toValue(const QDateTime& time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromValue(const QVariant& value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (QDateTime time = fromCanonicalText(text); time.isValid())
        return time;
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace AppKeys::SqlTime
