#pragma once

#include <QList>
#include <QString>

namespace AppKeys::Bench {

/// Repeated measurements of one figure, summarised as the issue states its targets: median, 95th percentile, max.
class Durations
{
public:
    void add(double ms) { m_ms.append(ms); }
    /// `count=N median_ms=… p95_ms=… max_ms=…` (nearest-rank percentiles).
    QString fields() const;

private:
    double percentile(QList<double> sorted, double fraction) const;

    QList<double> m_ms;
};

} // namespace AppKeys::Bench
