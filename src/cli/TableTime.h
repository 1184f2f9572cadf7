#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace AppKeys {

/// How the command line's tables write times: in UTC, like the exports (IsoTime), so that output does not depend
/// on where it runs, but to the day or the minute.
class TableTime
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::TableTime)

public:
    /// "2025-03-01"; "—" for a null time.
    static QString date(const QDateTime& time);
    /// "2025-03-01 10:00 UTC"; "—" for a null time.
    static QString minutes(const QDateTime& time);
    /// What a table shows for a missing value.
    static QString none();
};

} // namespace AppKeys
