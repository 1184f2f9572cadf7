#pragma once

#include <QCoreApplication>
#include <QDateTime>

namespace AppKeys {

/// How the window shows when keys were last used, as `appkeys serve` records it (in batches, so up to a minute late).
class LastUsedText
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::LastUsedText)

public:
    /// The local date and time to the minute, or "Never".
    static QString when(const QDateTime& lastUsedAt);
    /// "1,234 requests": how often the service accepted the key (or the app's keys).
    static QString requests(qint64 count);
    /// when() with requests() after it, or "Never": the details panel's field.
    static QString withRequests(const QDateTime& lastUsedAt, qint64 count);
};

} // namespace AppKeys
