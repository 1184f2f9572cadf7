#pragma once

#include "Clock.h"

namespace AppKeys {

class SystemClock : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace AppKeys
