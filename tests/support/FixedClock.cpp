#include "FixedClock.h"

namespace AppKeys {

FixedClock::FixedClock(QDateTime nowUtc) : m_nowUtc(std::move(nowUtc)) {}

void FixedClock::setNowUtc(const QDateTime& nowUtc)
{
    m_nowUtc = nowUtc;
}

QDateTime FixedClock::defaultNow()
{
    return QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC);
}

} // namespace AppKeys
