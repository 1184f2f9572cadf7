#include "TimeFormat.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

QString TimeFormat::iso(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString TimeFormat::date(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd"_s) : none();
}

QString TimeFormat::minutes(const QDateTime& time)
{
    return time.isValid() ? tr("%1 UTC").arg(time.toUTC().toString(u"yyyy-MM-dd HH:mm"_s)) : none();
}

QString TimeFormat::none()
{
    return tr("—");
}

} // namespace AppKeys
