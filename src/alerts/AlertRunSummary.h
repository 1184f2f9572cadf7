#pragma once

#include "Error.h"
#include "ExpiryAlert.h"

#include <QList>
#include <QMetaType>

namespace AppKeys {

/// What one AlertDispatcher::run() did.
struct AlertRunSummary
{
    QList<ExpiryAlert> delivered;     ///< webhook alerts delivered in this run
    QList<ExpiryAlert> pending;       ///< webhook alerts still pending; each says why in lastError
    QList<ExpiryAlert> desktopAlerts; ///< for the window to show; AlertDispatcher::markShown() those shown
    QList<Error> errors;              ///< what stopped the run or could not be recorded (database, settings)

    /// Every webhook alert that was due got delivered and nothing failed: `appkeys alerts --send` exits 0.
    bool allDelivered() const { return pending.isEmpty() && errors.isEmpty(); }
};

} // namespace AppKeys

Q_DECLARE_METATYPE(AppKeys::AlertRunSummary)
