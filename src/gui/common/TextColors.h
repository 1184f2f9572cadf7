#pragma once

#include <QColor>

namespace AppKeys {

/// The colours of text that warns or stands back (form messages, key status, expiry banner), taken from where the
/// text is drawn: each tone has a dark variant for a light background and a light one for a dark background (a dark
/// desktop theme), and whichever is used is made to reach the WCAG contrast ratio for normal text on it.
namespace TextColors {

enum class Tone
{
    Problem, ///< red: an invalid value, an expired or revoked key, an alert that could not be delivered
    Warning, ///< amber: a doubtful value, a key that expires soon
    Muted,   ///< grey: an inactive app
};

/// WCAG 2's minimum contrast ratio for normal text.
inline constexpr double MinimumContrast = 4.5;

/// WCAG 2's contrast ratio of two colours: 1 for the same luminance, 21 for black on white.
double contrastRatio(const QColor& first, const QColor& second);
/// Whether white contrasts more with `background` than black does.
bool isDark(const QColor& background);
/// `preferred` if it reaches MinimumContrast on `background`; otherwise the first of its blends towards black (white
/// on a dark background) that does.
QColor readableOn(const QColor& preferred, const QColor& background);
/// `tone` in the variant for `background`, readable on it.
QColor forBackground(Tone tone, const QColor& background);

} // namespace TextColors

} // namespace AppKeys
