#include "Heartbeat.h"

#include "PaintProbe.h"

#include <algorithm>

namespace AppKeys::Bench {

Heartbeat::Heartbeat(const PaintProbe& probe) : m_probe(probe), m_last(probe.now())
{
    m_timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { beat(); });
    m_timer.start(1);
}

double Heartbeat::longestGapMs()
{
    beat();
    return m_longest;
}

void Heartbeat::beat()
{
    const double now = m_probe.now();
    m_longest = std::max(m_longest, now - m_last);
    m_last = now;
}

} // namespace AppKeys::Bench
