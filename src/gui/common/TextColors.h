#pragma once

#include <QColor>

namespace AppKeys {

/// The colours of text that warns, one place for the form messages, the key status and the expiry banner; dark
/// enough to read on a light window background.
namespace TextColors {
inline const QColor Problem(0xb0, 0x1c, 0x1c);
inline const QColor Warning(0x8a, 0x5a, 0x00);
} // namespace TextColors

} // namespace AppKeys
