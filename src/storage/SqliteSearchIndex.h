#pragma once

#include "Status.h"

#include <QSqlDatabase>
#include <QStringList>

namespace AppKeys {

/// SQLite's index for `appkeys list --search` (schema version 7): an FTS5 table of trigrams over
/// AppSelection::searchedText, which AppSelection::search asks before LIKE reads the apps it names.
namespace SqliteSearchIndex {

/// The statements that create and fill it; each may run again.
QStringList statements();
/// Whether it can be trusted to find every app, as far as a reader can tell: its view, table and triggers as
/// statements() made them, and a row for every app. (FTS5 checks its own pages only with a write, so audit verify,
/// which reads, leaves them to the triggers.)
Status checkIntact(const QSqlDatabase& db);

} // namespace SqliteSearchIndex

} // namespace AppKeys
