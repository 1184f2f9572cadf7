#include "TimeFormat.h"

namespace AppKeys {

QString TimeFormat::iso(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace AppKeys
