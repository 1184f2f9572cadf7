#include "SqlText.h"

using namespace Qt::StringLiterals;

namespace AppKeys::SqlText {

QString nonNull(const QString& text)
{
    return text.isNull() ? u""_s : text;
}

} // namespace AppKeys::SqlText
