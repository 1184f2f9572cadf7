#include "TextColors.h"

#include <cmath>

namespace AppKeys::TextColors {

namespace {
/// readableOn() moves towards black or white in this many steps; the last is black or white itself, which always
/// reaches MinimumContrast (at worst 4.58:1, on a background of relative luminance 0.18).
constexpr int BlendSteps = 20;

struct Variants
{
    QColor onLight;
    QColor onDark;
};

Variants variantsOf(Tone tone)
{
    switch (tone) {
    case Tone::Problem:
        return {QColor(0xb0, 0x1c, 0x1c), QColor(0xff, 0x8a, 0x80)};
    case Tone::Warning:
        return {QColor(0x8a, 0x5a, 0x00), QColor(0xff, 0xc8, 0x57)};
    case Tone::Muted:
        break;
    }
    return {QColor(0x6b, 0x6b, 0x6b), QColor(0xaa, 0xaa, 0xaa)};
}

double linearChannel(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double relativeLuminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linearChannel(rgb.redF()) + 0.7152 * linearChannel(rgb.greenF()) +
           0.0722 * linearChannel(rgb.blueF());
}

int blendChannel(int from, int to, int step)
{
    return from + int(std::lround(double(to - from) * step / BlendSteps));
}

QColor blend(const QColor& from, const QColor& to, int step)
{
    return QColor(blendChannel(from.red(), to.red(), step), blendChannel(from.green(), to.green(), step),
                  blendChannel(from.blue(), to.blue(), step));
}
} // namespace

double contrastRatio(const QColor& first, const QColor& second)
{
    const double a = relativeLuminance(first) + 0.05;
    const double b = relativeLuminance(second) + 0.05;
    return a > b ? a / b : b / a;
}

bool isDark(const QColor& background)
{
    return contrastRatio(Qt::white, background) > contrastRatio(Qt::black, background);
}

QColor readableOn(const QColor& preferred, const QColor& background)
{
    const QColor from = preferred.toRgb();
    const QColor towards = isDark(background) ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 0; step < BlendSteps; ++step) {
        const QColor candidate = blend(from, towards, step);
        if (contrastRatio(candidate, background) >= MinimumContrast)
            return candidate;
    }
    return towards;
}

QColor forBackground(Tone tone, const QColor& background)
{
    const Variants variants = variantsOf(tone);
    return readableOn(isDark(background) ? variants.onDark : variants.onLight, background);
}

} // namespace AppKeys::TextColors
