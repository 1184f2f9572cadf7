#include "AuditDetailsText.h"

#include "LocalTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

QString valueText(const QJsonValue& value);

bool isChange(const QJsonObject& object)
{
    return object.size() == 2 && object.contains(u"from"_s) && object.contains(u"to"_s);
}

QString fieldLabel(const QString& key)
{
    return QString(key).replace(u'_', u' ');
}

QString objectText(const QJsonObject& object)
{
    if (isChange(object))
        return u"%1 → %2"_s.arg(valueText(object.value(u"from"_s)), valueText(object.value(u"to"_s)));
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it) {
        // The edits of app.details_edited sit under "changes": the field names say enough on their own.
        if (it.key() == u"changes"_s && it.value().isObject())
            parts.append(objectText(it.value().toObject()));
        else
            parts.append(u"%1: %2"_s.arg(fieldLabel(it.key()), valueText(it.value())));
    }
    return parts.join(u"; "_s);
}

QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return u"“%1”"_s.arg(value.toString());
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items.append(item.isString() ? item.toString() : valueText(item));
        return items.isEmpty() ? LocalTime::none() : items.join(u", "_s);
    }
    case QJsonValue::Object:
        return objectText(value.toObject());
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return LocalTime::none();
    case QJsonValue::Bool:
    case QJsonValue::Double:
        break;
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

} // namespace

QString AuditDetailsText::summary(const QJsonObject& details)
{
    return objectText(details);
}

QString AuditDetailsText::full(const QJsonObject& details)
{
    return QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace AppKeys
