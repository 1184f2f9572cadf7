#pragma once

#include "ExpiryAlert.h"

#include <QList>

namespace AppKeys {

/// The first few of many expiry alerts, soonest expiry first, and how many there were in all: what the banner and a
/// tray notification name, gathered a page of apps at a time without holding every alert (52,000 at 100,000 apps).
class SoonestAlerts
{
public:
    /// Keeps the `kept` soonest alerts of those added.
    explicit SoonestAlerts(int kept = 0);

    void add(const QList<ExpiryAlert>& alerts);

    /// At most `kept`, soonest expiry first.
    const QList<ExpiryAlert>& soonest() const { return m_soonest; }
    /// Every alert added, kept or not.
    qsizetype count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }

private:
    int m_kept;
    QList<ExpiryAlert> m_soonest;
    qsizetype m_count = 0;
};

} // namespace AppKeys
