#pragma once

#include <QDateTime>
#include <QString>

namespace AppKeys {

/// How exports write times: always UTC, so that output does not depend on where it runs.
class TimeFormat
{
public:
    /// "2025-03-01T10:00:00.000Z"; empty for a null time. For JSON, CSV and the audit trail.
    static QString iso(const QDateTime& time);
};

} // namespace AppKeys
