#pragma once

#include "ExpiryAlert.h"

#include <QJsonObject>

namespace AppKeys {

/// An expiry alert as `appkeys alerts --json` gives it: what the webhook body says, plus the delivery history.
class AlertJson
{
public:
    static QJsonObject alert(const ExpiryAlert& alert);
};

} // namespace AppKeys
