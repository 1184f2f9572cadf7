#pragma once

#include "Error.h"
#include "Status.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace AppKeys {

/// An SQLite registry file as the operating system sees it: created private (PRODUCT.md section 7: the folder 0700,
/// the files 0600), its modes checked, and a failed open explained by the file's state rather than by SQLite's
/// words alone.
class SqliteFile
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::SqliteFile)

public:
    /// Before opening for writing. With `mayCreate`, creates a missing folder (and its missing parents) 0700 and a
    /// missing file, empty, 0600: SQLite gives its -wal and -shm files the mode of the database file. An existing
    /// file must be writable; if it is not, the Error (ErrorCode::FileNotWritable) suggests --read-only.
    static Status prepareForWriting(const QString& filePath, bool mayCreate);
    /// One warning for each of the folder, the file, its -wal and its -shm that other users may read or write,
    /// naming the chmod that makes it private.
    static QStringList looseModeWarnings(const QString& filePath);
    /// The Error to show when opening `db` (on `filePath`) failed with `failure`: "is damaged; restore it from a
    /// backup" with SQLite's integrity check, for a file that starts as an SQLite database but fails it; "SQLite
    /// needs to create FILE-shm here" for a write-ahead-log database in a folder that cannot be written to (also
    /// when opened read-only); else `failure` itself.
    static Error explainFailedOpen(QSqlDatabase& db, const QString& filePath, const Error& failure);
};

} // namespace AppKeys
