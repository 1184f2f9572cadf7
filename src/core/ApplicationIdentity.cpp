#include "ApplicationIdentity.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AppKeys {

void applyApplicationIdentity()
{
    QCoreApplication::setApplicationName(u"AppKeys"_s);
    QCoreApplication::setOrganizationDomain(u"appkeys.example"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(APPKEYS_VERSION));
}

} // namespace AppKeys
