#include "KeyStatusStyle.h"

namespace AppKeys::KeyStatusStyle {

namespace {
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

std::optional<TextColors::Tone> tone(KeyStatus::State state)
{
    switch (state) {
    case KeyStatus::State::ExpiresSoon:
        return TextColors::Tone::Warning;
    case KeyStatus::State::Expired:
    case KeyStatus::State::Revoked:
        return TextColors::Tone::Problem;
    case KeyStatus::State::Inactive:
        return TextColors::Tone::Muted;
    case KeyStatus::State::Active:
    case KeyStatus::State::NoKey:
        break;
    }
    return std::nullopt;
}

std::optional<QColor> cellForeground(KeyStatus::State state, const QPalette& palette)
{
    const auto statusTone = tone(state);
    if (!statusTone)
        return std::nullopt;
    return cellForeground(*statusTone, palette);
}

QColor cellForeground(TextColors::Tone tone, const QPalette& palette)
{
    const QColor onBase = TextColors::forBackground(tone, palette.color(QPalette::Base));
    return TextColors::readableOn(onBase, palette.color(QPalette::AlternateBase));
}

int urgency(const KeyStatus& status)
{
    return rank(status.state) * DaysPerRank + status.daysLeft;
}

} // namespace AppKeys::KeyStatusStyle
