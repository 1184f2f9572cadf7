#pragma once

#include "Migration.h"

#include <QList>

namespace AppKeys {

/// Every migration of the registry schema, in version order. New migrations are appended, never edited.
namespace SchemaMigrations {
QList<Migration> all();
} // namespace SchemaMigrations

} // namespace AppKeys
