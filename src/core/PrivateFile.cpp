#include "PrivateFile.h"

#include <QDir>
#include <QFileInfo>

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

int writeAll(int descriptor, const QByteArray& contents)
{
    qsizetype written = 0;
    while (written < contents.size()) {
        const ssize_t result = ::write(descriptor, contents.constData() + written, size_t(contents.size() - written));
        if (result < 0 && errno == EINTR)
            continue;
        if (result <= 0)
            return result < 0 ? errno : ENOSPC;
        written += result;
    }
    return 0;
}

/// Writes, flushes to the disk and checks the size of the open temporary file, then closes it: 0 or an errno.
int fillAndClose(int descriptor, const QByteArray& contents)
{
    int failure = writeAll(descriptor, contents);
    struct stat status
    {
    };
    if (failure == 0 && ::fsync(descriptor) != 0)
        failure = errno;
    if (failure == 0 && (::fstat(descriptor, &status) != 0 || status.st_size != contents.size()))
        failure = errno != 0 ? errno : EIO;
    if (::close(descriptor) != 0 && failure == 0)
        failure = errno;
    return failure;
}

} // namespace

Status PrivateFile::write(const QString& path, const QByteArray& contents)
{
    if (Status replaceable = checkReplaceable(path); !replaceable)
        return replaceable;
    const QFileInfo target(path);
    QByteArray temporary = QFile::encodeName(target.absolutePath() + u"/."_s + target.fileName() + u".XXXXXX"_s);
    // mkostemp creates the file 0600, exclusively: never through a link someone placed at that name.
    const int descriptor = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (descriptor < 0)
        return writeFailed(path, errno);
    int failure = fillAndClose(descriptor, contents);
    // Checked again just before the rename, which would replace whatever is at the name by now.
    Status replaceable = failure == 0 ? checkReplaceable(path) : Status();
    if (failure == 0 && replaceable && ::rename(temporary.constData(), QFile::encodeName(path).constData()) != 0)
        failure = errno;
    if (failure == 0 && replaceable)
        return {};
    ::unlink(temporary.constData());
    return replaceable ? writeFailed(path, failure) : replaceable;
}

} // namespace AppKeys
