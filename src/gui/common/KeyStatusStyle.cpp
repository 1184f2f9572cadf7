#include "KeyStatusStyle.h"

#include "TextColors.h"

namespace AppKeys::KeyStatusStyle {

namespace {
const QColor InactiveColor(0x6b, 0x6b, 0x6b);
/// Larger than any number of days a key can have left.
constexpr int DaysPerRank = 100000;

int rank(KeyStatus::State state)
{
    switch (state) {
    case KeyStatus::State::Expired:
        return 0;
    case KeyStatus::State::ExpiresSoon:
        return 1;
    case KeyStatus::State::Active:
        return 2;
    case KeyStatus::State::Revoked:
        return 3;
    case KeyStatus::State::NoKey:
        return 4;
    case KeyStatus::State::Inactive:
        return 5;
    }
    return 6;
}
} // namespace

std::optional<QColor> foreground(KeyStatus::State state)
{
    switch (state) {
    case KeyStatus::State::ExpiresSoon:
        return TextColors::Warning;
    case KeyStatus::State::Expired:
    case KeyStatus::State::Revoked:
        return TextColors::Problem;
    case KeyStatus::State::Inactive:
        return InactiveColor;
    case KeyStatus::State::Active:
    case KeyStatus::State::NoKey:
        break;
    }
    return std::nullopt;
}

int urgency(const KeyStatus& status)
{
    return rank(status.state) * DaysPerRank + status.daysLeft;
}

} // namespace AppKeys::KeyStatusStyle
