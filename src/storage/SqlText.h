#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace AppKeys {

/// Text as the schema binds it.
namespace SqlText {
/// The text itself, or '' for a null QString, which Qt would bind as NULL: NULL is never equal or unequal to
/// anything, and NOT NULL columns refuse it.
QString nonNull(const QString& text);
/// A text column's value as read: from SQLite through SqlDialect::asUtf8 its UTF-8 bytes, decoded here (QVariant's
/// own conversion of bytes cost more than SQLite's to UTF-16 had); else the text the driver decoded.
QString fromValue(const QVariant& value);
/// The same value as UTF-8, without decoding the bytes SQLite handed over.
QByteArray utf8FromValue(const QVariant& value);
} // namespace SqlText

} // namespace AppKeys
