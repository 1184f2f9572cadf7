#include "SqlTime.h"

#include "IsoTime.h"
#include "SqlText.h"

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
    return IsoTime::parse(SqlText::fromValue(value));
}

} // namespace AppKeys::SqlTime
