#pragma once

#include "AuditAction.h"

#include <QDateTime>
#include <optional>

namespace AppKeys {

/// Which audit entries to show or export; an empty field does not filter.
struct AuditFilter
{
    std::optional<AuditAction> action;
    QString actor;         ///< exact match
    QString applicationId; ///< exact match
    QDateTime from;        ///< inclusive, UTC
    QDateTime until;       ///< exclusive, UTC
};

} // namespace AppKeys
