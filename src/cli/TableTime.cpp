#include "TableTime.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

QString TableTime::date(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd"_s) : none();
}

QString TableTime::minutes(const QDateTime& time)
{
    return time.isValid() ? tr("%1 UTC").arg(time.toUTC().toString(u"yyyy-MM-dd HH:mm"_s)) : none();
}

QString TableTime::none()
{
    return tr("—");
}

} // namespace AppKeys
