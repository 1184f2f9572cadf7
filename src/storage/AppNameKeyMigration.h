#pragma once

#include "Status.h"

#include <QSqlDatabase>

namespace AppKeys {

/// Schema version 6: apps.name_key recomputed by AppNameKey's rule (NFKC and case folding; before, case folding
/// only), so that an app whose name looks like an existing one's is refused. Self-contained: no statement, only this
/// seed, in the migration's transaction.
class AppNameKeyMigration
{
public:
    static constexpr int Version = 6;

    /// Every app gets AppNameKey::of(name). Of live apps whose names the new rule finds alike, the oldest gets the
    /// new key and the others keep their old one (or, should that be taken too, one no name can have), so that the
    /// unique index apps_live_name_key holds and no app is lost; they are found by their Application ID.
    static Status recompute(QSqlDatabase& db);
};

} // namespace AppKeys
