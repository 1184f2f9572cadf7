#include "SourceAppIcon.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

QIcon sourceAppIcon(SourceApp source)
{
    return QIcon(u":/appkeys/icons/source-"_s + toStorageString(source).replace(u'_', u'-') + u".svg"_s);
}

} // namespace AppKeys
