#pragma once

#include "Result.h"
#include "Status.h"

#include <QSqlDatabase>

namespace AppKeys {

/// Reads that all see the registry as it stood at one instant (SqlDialect::beginReadSnapshotStatement), whatever
/// other connections commit meanwhile, without keeping them from writing. `audit verify` walks the chain and then
/// compares the tables with it, reading rows and entries a slice at a time: a change committed between two of those
/// reads would otherwise look like tampering. Ended when it goes out of scope; it writes nothing, so it is rolled back.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

    /// Begins the snapshot and takes it at once, by reading the commit marker (both engines take a snapshot at the
    /// first read in it, not at BEGIN), which it returns.
    Result<QString> begin();

    /// What this connection sees of the registry's commits (SqlDialect::commitMarkerStatement). Two snapshots on two
    /// connections see the same rows when one connection reads a marker, the other connection then begins its
    /// snapshot, and the first begins its own and gets the same marker: nothing was committed in between. (On
    /// PostgreSQL equal markers are equal snapshots; on SQLite the marker counts other connections' commits.)
    static Result<QString> commitMarker(const QSqlDatabase& db);

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace AppKeys
