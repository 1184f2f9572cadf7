#pragma once

#include <QCoreApplication>
#include <QDateTime>

namespace AppKeys {

/// How the window shows the UTC times the registry stores: in the user's time zone and locale.
class LocalTime
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::LocalTime)

public:
    /// The local date, short format; "—" for a null time.
    static QString date(const QDateTime& utc);
    /// The local date and time to the minute, short format; "—" for a null time.
    static QString minutes(const QDateTime& utc);
    /// The local date and time to the second, short format ("3/1/25 11:00:05 AM"), for the audit trail.
    static QString seconds(const QDateTime& utc);
    /// The local date, long format ("1 March 2025"); "—" for a null time.
    static QString longDate(const QDateTime& utc);
    /// What a table shows for a missing value.
    static QString none();
};

} // namespace AppKeys
