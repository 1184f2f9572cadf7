#pragma once

#include "Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <functional>

namespace AppKeys {

/// A whole file written so that what the caller is told is true (an export: `appkeys export --output`, the window's
/// Export). Nothing is written through a name that is not a plain file.
class PrivateFile
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::PrivateFile)

public:
    /// Writes `contents` into a new temporary file beside `path`, readable by its owner only (0600), checks every
    /// write, flushes it to the disk and checks its size, then renames it to `path`. A `path` that exists must be a
    /// plain file: a folder, a device, a FIFO, a socket or a symbolic link (which would be followed) is refused, and
    /// left as it was. On any failure nothing at `path` changes, and the Error carries the system's reason ("No space
    /// left on device").
    static Status write(const QString& path, const QByteArray& contents);
    /// The same, with the contents written by `fill` into the open temporary file as they come, for an export too
    /// large to hold in memory. An Error from `fill` (a read that failed halfway) also leaves `path` as it was.
    static Status write(const QString& path, const std::function<Status(QIODevice& file)>& fill);
};

} // namespace AppKeys
