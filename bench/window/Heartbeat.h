#pragma once

#include <QTimer>

namespace AppKeys::Bench {

class PaintProbe;

/// The longest time between two turns of the event loop since it was made: a timer asks to run every millisecond, so
/// a gap longer than that is work that held the loop.
class Heartbeat
{
public:
    explicit Heartbeat(const PaintProbe& probe);
    double longestGapMs();

private:
    void beat();

    const PaintProbe& m_probe;
    QTimer m_timer;
    double m_last;
    double m_longest = 0;
};

} // namespace AppKeys::Bench
