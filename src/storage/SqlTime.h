#pragma once

#include <QDateTime>
#include <QVariant>

namespace AppKeys {

/// Times as the schema keeps them: ISO-8601 UTC text with milliseconds ("2025-01-31T09:30:00.000Z"), which sorts
/// correctly as text and reads the same in SQLite and PostgreSQL.
namespace SqlTime {
/// The text for a time, or a NULL of type text for an invalid (null) time.
QVariant toValue(const QDateTime& time);
/// The UTC time of a stored value; a null QDateTime for NULL.
QDateTime fromValue(const QVariant& value);
} // namespace SqlTime

} // namespace AppKeys
