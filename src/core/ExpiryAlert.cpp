#include "ExpiryAlert.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AppKeys {

QString ExpiryAlert::text() const
{
    const QString when = expiresAt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
    if (expired)
        return QCoreApplication::translate("AppKeys::ExpiryAlert", "The API key %1 of “%2” expired on %3.")
            .arg(keyHint, applicationName, when);
    if (daysLeft == 0)
        return QCoreApplication::translate("AppKeys::ExpiryAlert", "The API key %1 of “%2” expires today (%3).")
            .arg(keyHint, applicationName, when);
    return QCoreApplication::translate("AppKeys::ExpiryAlert", "The API key %1 of “%2” expires in %n day(s) (%3).",
                                       nullptr, daysLeft)
        .arg(keyHint, applicationName, when);
}

} // namespace AppKeys
