#include "CompactId.h"

namespace AppKeys {

CompactId CompactId::of(const QString& text)
{
    CompactId id;
    const QUuid uuid = QUuid::fromString(text);
    // Only a text that the UUID gives back exactly: braces, capitals or the nil UUID stay text, so that the text is
    // kept whatever it was.
    if (!uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == text)
        id.m_uuid = uuid;
    else
        id.m_other = text;
    return id;
}

QString CompactId::text() const
{
    return m_uuid.isNull() ? m_other : m_uuid.toString(QUuid::WithoutBraces);
}

} // namespace AppKeys
