#include "SqlTime.h"

#include "IsoTime.h"

namespace AppKeys::SqlTime {

QVariant toValue(const QDateTime& time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return IsoTime::text(time);
}

QDateTime fromValue(const QVariant& value)
{
    if (value.isNull())
        return {};
    return IsoTime::parse(value.toString());
}

} // namespace AppKeys::SqlTime
