#include "AppIdRange.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace AppKeys {

QString AppIdRange::condition(const QString& column) const
{
    QStringList conditions;
    if (after)
        conditions.append(column + u" > :range_after"_s);
    if (upTo)
        conditions.append(column + u" <= :range_up_to"_s);
    return conditions.isEmpty() ? u"1 = 1"_s : conditions.join(u" AND "_s);
}

QVariantMap AppIdRange::values() const
{
    QVariantMap values;
    if (after)
        values.insert(u":range_after"_s, *after);
    if (upTo)
        values.insert(u":range_up_to"_s, *upTo);
    return values;
}

void AppIdRange::bind(QSqlQuery& query) const
{
    const QVariantMap bound = values();
    for (auto value = bound.cbegin(); value != bound.cend(); ++value)
        query.bindValue(value.key(), value.value());
}

} // namespace AppKeys
