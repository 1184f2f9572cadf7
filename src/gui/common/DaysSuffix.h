#pragma once

class QSpinBox;

namespace AppKeys {

/// A spin box of days whose suffix follows the count, "1 day", "7 days": a suffix has no plural forms of its own.
namespace DaysSuffix {

/// Sets the suffix for the current value and again whenever the value changes.
void follow(QSpinBox* spinBox);

} // namespace DaysSuffix

} // namespace AppKeys
