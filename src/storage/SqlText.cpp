#include "SqlText.h"

using namespace Qt::StringLiterals;

namespace AppKeys::SqlText {

QString nonNull(const QString& text)
{
    return text.isNull() ? u""_s : text;
}

QString fromValue(const QVariant& value)
{
    if (value.typeId() != QMetaType::QByteArray)
        return value.toString();
    // An empty text comes as a null QByteArray (Qt's driver reads a zero-length blob so): it is there, empty, as a
    // text read as such is, and written back as ''.
    const QByteArray& bytes = *static_cast<const QByteArray*>(value.constData());
    return bytes.isEmpty() ? u""_s : QString::fromUtf8(bytes);
}

QByteArray utf8FromValue(const QVariant& value)
{
    if (value.typeId() != QMetaType::QByteArray)
        return value.toString().toUtf8();
    return *static_cast<const QByteArray*>(value.constData());
}

} // namespace AppKeys::SqlText
