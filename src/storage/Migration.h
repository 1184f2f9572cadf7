#pragma once

#include "Status.h"

#include <QSqlDatabase>
#include <QStringList>
#include <functional>

namespace AppKeys {

/// One numbered step of the schema. Once released, a migration never changes: later changes are new migrations.
struct Migration
{
    int version = 0;
    /// Portable SQL (TEXT columns, ISO-8601 UTC times as text), run in order.
    QStringList statements;
    /// Data that must be computed in C++ rather than in SQL, such as the registry's UUID; may be empty.
    std::function<Status(QSqlDatabase& db)> seed;
};

} // namespace AppKeys
