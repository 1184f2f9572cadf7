#pragma once

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

    Status begin();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace AppKeys
