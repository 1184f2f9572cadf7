#pragma once

#include "ExpiryAlert.h"
#include "Result.h"

#include <QStringList>
#include <memory>

namespace AppKeys {

class Database;
class ExpiryAlertPlanner;

/// ExpiryAlertPlanner::crossed() for one page of the apps an alert can concern, the ids of every key those apps hold,
/// and where the next page starts. A run and the banner's listing plan a page at a time: a page of apps and keys and
/// their alerts is what planning holds, not every alertable app (at 100,000 apps, 66,000 of them).
struct CrossedPage
{
    /// Apps planned at a time, each with its keys. At 100,000 apps a page of 1,000 took 76 ms (median), one of 250
    /// takes 23 ms.
    static constexpr int PageSize = 250;

    QList<ExpiryAlert> alerts;
    QStringList keyIds;
    QString lastApplicationId; ///< the next page's apps come after it in the listing's order
    bool isLast = false;

    /// The page after the app `afterApplicationId` (the first page when it is empty), read from `database` and planned
    /// by `planner`. Where it starts is found by an index (AppSelection::alertablePage), so that no page waits for the
    /// others.
    static Result<CrossedPage> after(const std::shared_ptr<Database>& database, const QString& afterApplicationId,
                                     const ExpiryAlertPlanner& planner);
};

} // namespace AppKeys
