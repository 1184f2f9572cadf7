#pragma once

#include "DeliveryMark.h"
#include "Error.h"
#include "ExpiryAlert.h"
#include "SoonestAlerts.h"

#include <QList>
#include <QMetaType>

namespace AppKeys {

/// What one AlertDispatcher::run() did.
struct AlertRunSummary
{
    /// How many of the alerts a window names: the banner lists five keys, a tray notification three.
    static constexpr int NamedAlerts = 5;

    QList<ExpiryAlert> delivered; ///< webhook alerts delivered in this run
    QList<ExpiryAlert> pending;   ///< webhook alerts still pending; each says why in lastError
    /// Every key past a threshold, delivered or not, as AlertDispatcher::listExpiringKeys() lists them: the run plans
    /// once, for the banner too.
    SoonestAlerts expiring{NamedAlerts};
    /// The desktop alerts for the window to show, the soonest named; AlertDispatcher::markShown(desktopMarks) once
    /// shown.
    SoonestAlerts desktopAlerts{NamedAlerts};
    QList<DeliveryMark> desktopMarks; ///< one for each of desktopAlerts.count()
    QList<Error> errors;              ///< what stopped the run or could not be recorded (database, settings)

    /// Every webhook alert that was due got delivered and nothing failed: `appkeys alerts --send` exits 0.
    bool allDelivered() const { return pending.isEmpty() && errors.isEmpty(); }
};

} // namespace AppKeys

Q_DECLARE_METATYPE(AppKeys::AlertRunSummary)
