#include "SharedStrings.h"

namespace AppKeys {

QString SharedStrings::shared(const QString& text)
{
    return *m_seen.insert(text);
}

} // namespace AppKeys
