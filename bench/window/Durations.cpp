#include "Durations.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace AppKeys::Bench {

QString Durations::fields() const
{
    QList<double> sorted = m_ms;
    std::sort(sorted.begin(), sorted.end());
    if (sorted.isEmpty())
        return u"count=0"_s;
    return u"count=%1 median_ms=%2 p95_ms=%3 max_ms=%4"_s.arg(sorted.size())
        .arg(percentile(sorted, 0.5), 0, 'f', 1)
        .arg(percentile(sorted, 0.95), 0, 'f', 1)
        .arg(sorted.last(), 0, 'f', 1);
}

double Durations::percentile(QList<double> sorted, double fraction) const
{
    const auto rank = qsizetype(std::ceil(fraction * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

} // namespace AppKeys::Bench
