#pragma once

#include "ExpiryAlert.h"

#include <QCoreApplication>
#include <QList>
#include <QTextStream>

namespace AppKeys {

/// Expiry alerts as a text table, for `appkeys alerts`.
class AlertTable
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::AlertTable)

public:
    static void write(const QList<ExpiryAlert>& alerts, QTextStream& out);
};

} // namespace AppKeys
