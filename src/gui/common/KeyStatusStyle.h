#pragma once

#include "KeyStatus.h"
#include "TextColors.h"

#include <QColor>
#include <QPalette>
#include <optional>

namespace AppKeys {

/// How a key status looks wherever it is shown: expiring amber, expired or revoked red, inactive grey; the
/// theme's text colour otherwise.
namespace KeyStatusStyle {
/// The tone of a status's text; none for the theme's text colour.
std::optional<TextColors::Tone> tone(KeyStatus::State state);
/// A status's text colour in a table cell of `palette`, readable on both Base and AlternateBase, as rows alternate;
/// none for the theme's text colour.
std::optional<QColor> cellForeground(KeyStatus::State state, const QPalette& palette);
/// A tone's text colour in a table cell of `palette`, readable on both Base and AlternateBase.
QColor cellForeground(TextColors::Tone tone, const QPalette& palette);
/// A sort key that orders statuses by urgency (expired, expiring soonest first, active, ...) rather than by text.
int urgency(const KeyStatus& status);
} // namespace KeyStatusStyle

} // namespace AppKeys
