#include "SqliteFile.h"

#include "ErrorCode.h"
#include "SqlDialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <cerrno>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

constexpr mode_t PrivateFolderMode = 0700;
constexpr mode_t PrivateFileMode = 0600;
/// Read, write or search for the group or others.
constexpr mode_t SharedBits = 0077;
/// How many lines of SQLite's integrity check a message quotes: the first ones name the damage.
constexpr int IntegrityLinesShown = 5;

QByteArray nativePath(const QString& path)
{
    return QFile::encodeName(path);
}

Status createFolder(const QString& folder)
{
    const QString parent = QFileInfo(folder).absolutePath();
    if (parent != folder && !QFileInfo::exists(parent)) {
        if (Status created = createFolder(parent); !created)
            return created;
    }
    if (::mkdir(nativePath(folder).constData(), PrivateFolderMode) == 0 || errno == EEXIST)
        return {};
    return Error{
        SqliteFile::tr("Could not create the folder “%1” for the registry: %2").arg(folder, qt_error_string(errno)),
        SqliteFile::tr("Check that the folder can be created there, or choose another location.")};
}

Status createEmptyFile(const QString& filePath)
{
    const int descriptor =
        ::open(nativePath(filePath).constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, PrivateFileMode);
    if (descriptor >= 0) {
        ::close(descriptor);
        return {};
    }
    if (errno == EEXIST)
        return {};
    return Error{SqliteFile::tr("Could not create the registry file “%1”: %2").arg(filePath, qt_error_string(errno)),
                 SqliteFile::tr("Check that the folder can be written to, or choose another location.")};
}

/// With the effective (file system) user, as SQLite's own open() is checked.
bool mayWrite(const QString& path)
{
    return ::faccessat(AT_FDCWD, nativePath(path).constData(), W_OK, AT_EACCESS) == 0;
}

Status checkWritable(const QString& filePath)
{
    if (mayWrite(filePath))
        return {};
    return Error{SqliteFile::tr("The registry file “%1” is not writable.").arg(filePath),
                 SqliteFile::tr("To only read it, open it with --read-only: appkeys --read-only --database “%1”. To "
                                "change it, make it writable for your user.")
                     .arg(filePath),
                 ErrorCode::FileNotWritable};
}

QString octal(mode_t mode)
{
    return u"0"_s + QString::number(mode & 0777, 8);
}

/// A warning when `path` exists and others may use it; `privateMode` is what chmod should set.
std::optional<QString> looseModeWarning(const QString& path, mode_t privateMode)
{
    struct stat status
    {
    };
    if (::stat(nativePath(path).constData(), &status) != 0 || (status.st_mode & SharedBits) == 0)
        return std::nullopt;
    return SqliteFile::tr("“%1” may be read by other users of this computer (mode %2). Make it private with: chmod "
                          "%3 '%1'")
        .arg(path, octal(status.st_mode), QString::number(privateMode, 8));
}

/// SQLite's file header: the 16 bytes every database starts with, and whether the file is in write-ahead-log mode
/// (file format version 2 in bytes 18 and 19).
struct Header
{
    bool sqlite = false;
    bool writeAheadLog = false;
};

Header readHeader(const QString& filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.read(20);
    if (bytes.size() < 20 || !bytes.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return {};
    return {true, bytes.at(18) == 2 || bytes.at(19) == 2};
}

bool folderIsWritable(const QString& filePath)
{
    return mayWrite(QFileInfo(filePath).absolutePath());
}

Error needsSharedMemoryFile(const QString& filePath)
{
    return Error{SqliteFile::tr("SQLite needs to create “%1-shm” here, but the folder “%2” cannot be written to.")
                     .arg(filePath, QFileInfo(filePath).absolutePath()),
                 SqliteFile::tr("A registry in write-ahead-log mode needs that file even to be read. Let your user "
                                "write to the folder, or copy the registry to a folder you can write to.")};
}

/// SQLite's integrity check, its first lines; "ok" for a sound file; nullopt when the check itself could not run (a
/// disk I/O error), which says nothing about the file.
std::optional<QString> integrityCheck(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA integrity_check(%1)"_s.arg(IntegrityLinesShown))) {
        // SQLite refuses to check a file whose header is damaged: that refusal is the check's result.
        if (SqlDialect::of(query).sqliteFileError(query.lastError()))
            return query.lastError().databaseText();
        return std::nullopt;
    }
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    return lines.join(u'\n');
}

Error damaged(const QString& filePath, const QString& integrity)
{
    return Error{SqliteFile::tr("“%1” is damaged; restore it from a backup.").arg(filePath),
                 SqliteFile::tr("SQLite's integrity check: %1").arg(integrity)};
}

} // namespace

Status SqliteFile::prepareForWriting(const QString& filePath, bool mayCreate)
{
    if (!mayCreate || QFileInfo::exists(filePath))
        return checkWritable(filePath);
    if (Status folder = createFolder(QFileInfo(filePath).absolutePath()); !folder)
        return folder;
    return createEmptyFile(filePath);
}

QStringList SqliteFile::looseModeWarnings(const QString& filePath)
{
    QStringList warnings;
    const std::pair<QString, mode_t> paths[] = {{QFileInfo(filePath).absolutePath(), PrivateFolderMode},
                                                {filePath, PrivateFileMode},
                                                {filePath + u"-wal"_s, PrivateFileMode},
                                                {filePath + u"-shm"_s, PrivateFileMode}};
    for (const auto& [path, privateMode] : paths) {
        if (const std::optional<QString> warning = looseModeWarning(path, privateMode))
            warnings.append(*warning);
    }
    return warnings;
}

Error SqliteFile::explainFailedOpen(QSqlDatabase& db, const QString& filePath, const Error& failure)
{
    const Header header = readHeader(filePath);
    if (!header.sqlite)
        return failure;
    if (header.writeAheadLog && !QFileInfo::exists(filePath + u"-shm"_s) && !folderIsWritable(filePath))
        return needsSharedMemoryFile(filePath);
    // Its version was read, so the file was readable: checking every page of it (13.5 s at 100,000 apps) would only
    // keep a read-only command longer from saying that it needs an upgrade.
    if (failure.code == ErrorCode::SchemaNotCurrent)
        return failure;
    const std::optional<QString> integrity = integrityCheck(db);
    if (integrity && *integrity != u"ok"_s)
        return damaged(filePath, *integrity);
    return failure;
}

} // namespace AppKeys
