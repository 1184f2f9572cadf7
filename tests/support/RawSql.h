#pragma once

#include "Database.h"

#include <QByteArray>
#include <QStringList>
#include <QVariant>
#include <utility>

namespace AppKeys {

/// SQL run by a test past the repository, to look at or tamper with what AppKeys stored.
namespace RawSql {
/// The first column of the first row on the registry's own connection, or an invalid QVariant when the query
/// fails or returns no row.
QVariant scalar(const Database& database, const QString& sql);
/// The table's number of rows; -1 when the query fails.
int rowCount(const Database& database, const QString& table);
/// Runs a statement on the registry's own connection (a trigger that refuses writes, say); false when it fails.
bool execute(const Database& database, const QString& sql);
/// Runs a statement on a connection of its own to the file, outside AppKeys, as someone tampering with the file
/// would; false when it fails.
bool executeOutsideAppKeys(const QString& filePath, const QString& sql);
/// As executeOutsideAppKeys, with the first value of the first row (invalid when there is none).
std::pair<bool, QVariant> runOutsideAppKeys(const QString& filePath, const QString& sql);
/// The names of a table's indexes, sorted, on SQLite or PostgreSQL.
QStringList indexNames(const Database& database, const QString& table);
/// SHA-256 of the file and of its write-ahead log (empty when there is none), to tell whether anything changed.
QByteArray fileFingerprint(const QString& filePath);
} // namespace RawSql

} // namespace AppKeys
