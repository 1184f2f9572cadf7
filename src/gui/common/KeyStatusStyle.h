#pragma once

#include "KeyStatus.h"

#include <QColor>
#include <optional>

namespace AppKeys {

/// How a key status looks wherever it is shown: expiring amber, expired or revoked red, inactive grey; the
/// theme's text colour otherwise. The colours keep a 4.5:1 contrast on a light background.
namespace KeyStatusStyle {
std::optional<QColor> foreground(KeyStatus::State state);
/// A sort key that orders statuses by urgency (expired, expiring soonest first, active, ...) rather than by text.
int urgency(const KeyStatus& status);
} // namespace KeyStatusStyle

} // namespace AppKeys
