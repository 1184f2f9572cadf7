#pragma once

#include <QString>

namespace AppKeys {

/// Text as the schema binds it.
namespace SqlText {
/// The text itself, or '' for a null QString, which Qt would bind as NULL: NULL is never equal or unequal to
/// anything, and NOT NULL columns refuse it.
QString nonNull(const QString& text);
} // namespace SqlText

} // namespace AppKeys
