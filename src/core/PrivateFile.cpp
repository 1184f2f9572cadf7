#include "PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

Error writeFailed(const QString& path, int errorNumber)
{
    return Error{PrivateFile::tr("Could not write “%1”: %2").arg(path, qt_error_string(errorNumber)),
                 PrivateFile::tr("Check that the disk is not full and the folder can be written to, or choose "
                                 "another file.")};
}

/// A name that exists must be a plain file; lstat, so that a symbolic link is seen as a link and not followed.
Status checkReplaceable(const QString& path)
{
    struct stat status
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return errno == ENOENT ? Status() : Status(writeFailed(path, errno));
    if (S_ISREG(status.st_mode))
        return {};
    if (S_ISLNK(status.st_mode))
        return Error{PrivateFile::tr("“%1” is a symbolic link; AppKeys does not write through links.").arg(path),
                     PrivateFile::tr("Give the path of the file itself, or a new file name.")};
    if (S_ISDIR(status.st_mode))
        return Error{PrivateFile::tr("“%1” is a folder.").arg(path), PrivateFile::tr("Give a file name in it.")};
    return Error{PrivateFile::tr("“%1” is not a plain file but a device, a pipe or a socket.").arg(path),
                 PrivateFile::tr("Give the name of a plain file, or a new file name.")};
}

/// Writes all of `bytes`: 0, or the errno of the write that failed (ENOSPC for a write that wrote nothing).
int writeAll(int descriptor, QByteArrayView bytes)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t result = ::write(descriptor, bytes.data() + written, size_t(bytes.size() - written));
        if (result < 0 && errno == EINTR)
            continue;
        if (result <= 0)
            return result < 0 ? errno : ENOSPC;
        written += result;
    }
    return 0;
}

/// The temporary file as `fill` writes to it: each write reaches the file to its last byte or fails with the system's
/// reason, which is kept. (QFile reports a write cut short by a full disk or a size limit as "Unknown error".)
class CheckedFileOutput : public QIODevice
{
public:
    explicit CheckedFileOutput(int descriptor) : m_descriptor(descriptor) { open(WriteOnly | Unbuffered); }

    int failure() const { return m_failure; }
    qint64 written() const { return m_written; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (m_failure == 0)
            m_failure = writeAll(m_descriptor, QByteArrayView(data, size));
        if (m_failure != 0) {
            setErrorString(qt_error_string(m_failure));
            return -1;
        }
        m_written += size;
        return size;
    }

private:
    int m_descriptor;
    int m_failure = 0;
    qint64 m_written = 0;
};

/// Runs `fill` on the open temporary file, then flushes it to the disk, checks its size and closes it. A write that
/// failed is seen here even when `fill` did not look.
Status fillAndClose(const QString& path, int descriptor, const std::function<Status(QIODevice&)>& fill)
{
    CheckedFileOutput file(descriptor);
    Status filled = fill(file);
    if (filled && file.failure() != 0)
        filled = writeFailed(path, file.failure());
    struct stat status
    {
    };
    if (filled && ::fsync(descriptor) != 0)
        filled = writeFailed(path, errno);
    if (filled && (::fstat(descriptor, &status) != 0 || status.st_size != file.written()))
        filled = writeFailed(path, errno != 0 ? errno : EIO);
    // close(2) is checked too: on some file systems (NFS) that is where a write error shows.
    if (::close(descriptor) != 0 && filled)
        filled = writeFailed(path, errno);
    return filled;
}

} // namespace

Status PrivateFile::write(const QString& path, const QByteArray& contents)
{
    return write(path, [&contents](QIODevice& file) {
        file.write(contents);
        return Status();
    });
}

Status PrivateFile::write(const QString& path, const std::function<Status(QIODevice& file)>& fill)
{
    if (Status replaceable = checkReplaceable(path); !replaceable)
        return replaceable;
    const QFileInfo target(path);
    QByteArray temporary = QFile::encodeName(target.absolutePath() + u"/."_s + target.fileName() + u".XXXXXX"_s);
    // mkostemp creates the file 0600, exclusively: never through a link someone placed at that name.
    const int descriptor = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (descriptor < 0)
        return writeFailed(path, errno);
    Status written = fillAndClose(path, descriptor, fill);
    // Checked again just before the rename, which would replace whatever is at the name by now.
    if (written)
        written = checkReplaceable(path);
    if (written && ::rename(temporary.constData(), QFile::encodeName(path).constData()) != 0)
        written = writeFailed(path, errno);
    if (!written)
        ::unlink(temporary.constData());
    return written;
}

} // namespace AppKeys
