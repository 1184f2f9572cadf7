#include "LastUsedText.h"

#include "LocalTime.h"

#include <QLocale>
#include <limits>

namespace AppKeys {

QString LastUsedText::when(const QDateTime& lastUsedAt)
{
    return lastUsedAt.isValid() ? LocalTime::minutes(lastUsedAt) : tr("Never");
}

QString LastUsedText::requests(qint64 count)
{
    // The plural form is chosen by the count, which is written out in full however large.
    const int pluralCount = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    return tr("%1 request(s)", nullptr, pluralCount).arg(QLocale().toString(count));
}

QString LastUsedText::withRequests(const QDateTime& lastUsedAt, qint64 count)
{
    if (!lastUsedAt.isValid())
        return when(lastUsedAt);
    return tr("%1 (%2)").arg(when(lastUsedAt), requests(count));
}

} // namespace AppKeys
