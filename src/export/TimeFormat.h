#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace AppKeys {

/// How the command line and exports write times: always UTC, so that output does not depend on where it runs.
class TimeFormat
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::TimeFormat)

public:
    /// "2025-03-01T10:00:00.000Z"; empty for a null time. For JSON, CSV and the audit trail.
    static QString iso(const QDateTime& time);
    /// "2025-03-01"; "—" for a null time.
    static QString date(const QDateTime& time);
    /// "2025-03-01 10:00 UTC"; "—" for a null time.
    static QString minutes(const QDateTime& time);
    /// What a table shows for a missing value.
    static QString none();
};

} // namespace AppKeys
