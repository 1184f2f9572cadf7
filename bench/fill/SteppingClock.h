#pragma once

#include "Clock.h"

namespace AppKeys::Bench {

/// A clock the generator moves by hand, so that every app's history happens at a chosen moment of the past two years
/// (the repositories stamp audit entries and decide which keys are live with it) and the same seed gives the same
/// registry.
class SteppingClock : public Clock
{
public:
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

} // namespace AppKeys::Bench
