#pragma once

#include "Migration.h"
#include "SqlDialect.h"

#include <QList>

namespace AppKeys {

/// Every migration of the registry schema, in version order. New migrations are appended, never edited. The same
/// migrations run on SQLite and PostgreSQL; where a statement must differ, `dialect` supplies the difference.
namespace SchemaMigrations {
QList<Migration> all(const SqlDialect& dialect);
/// The version of the last migration, the same on every engine.
int latestVersion();
} // namespace SchemaMigrations

} // namespace AppKeys
