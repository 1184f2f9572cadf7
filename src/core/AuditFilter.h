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
    /// Bounds on the sequence, both exclusive: the audit trail window pages through the trail as it stood when it
    /// read it (entries are only ever appended, so rows do not shift under the view), each page after the last.
    std::optional<qint64> afterSequence;
    std::optional<qint64> beforeSequence;

    /// Whether no field is set, so that every entry matches.
    bool matchesEverything() const
    {
        return !action && actor.isEmpty() && applicationId.isEmpty() && !from.isValid() && !until.isValid() &&
               !afterSequence && !beforeSequence;
    }
};

} // namespace AppKeys
