#pragma once

#include "Clock.h"

namespace AppKeys {

/// A Clock that says what the test tells it, so times and expiry dates can be compared exactly.
class FixedClock : public Clock
{
public:
    /// Starts at 2025-03-01T10:00:00.000Z unless told otherwise.
    explicit FixedClock(QDateTime nowUtc = defaultNow());

    QDateTime nowUtc() const override { return m_nowUtc; }
    void setNowUtc(const QDateTime& nowUtc);

    static QDateTime defaultNow();

private:
    QDateTime m_nowUtc;
};

} // namespace AppKeys
