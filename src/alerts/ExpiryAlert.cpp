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
    if (daysLeft == 1)
        return QCoreApplication::translate("AppKeys::ExpiryAlert", "The API key %1 of “%2” expires in 1 day (%3).")
            .arg(keyHint, applicationName, when);
    return QCoreApplication::translate("AppKeys::ExpiryAlert", "The API key %1 of “%2” expires in %3 days (%4).")
        .arg(keyHint, applicationName, QString::number(daysLeft), when);
}

} // namespace AppKeys
