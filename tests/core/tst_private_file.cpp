#include "PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace AppKeys;
using namespace Qt::StringLiterals;

namespace {

mode_t modeOf(const QString& path)
{
    struct stat status
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode : 0;
}

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

/// The folder's entries besides `.` and `..`, hidden ones included: a temporary file left behind would show.
QStringList entriesOf(const QTemporaryDir& folder)
{
    return QDir(folder.path())
        .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

/// An export is written whole, private, and only onto a plain file or a new name; a failure says why and changes
/// nothing.
class PrivateFileTest : public QObject
{
    Q_OBJECT

private slots:
    void writesANewFileReadableByItsOwnerOnly();
    void replacesAPlainFileAndMakesItPrivate();
    void refusesAFifoAndLeavesIt();
    void refusesADeviceAndLeavesIt();
    void refusesAFolder();
    void refusesASymbolicLinkAndLeavesItsTarget();
    void aFailedWriteSaysWhyAndChangesNothing();
    void aFailureWhileStreamingChangesNothing();
};

void PrivateFileTest::writesANewFileReadableByItsOwnerOnly()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"apps.csv"_s);
    const Status written = PrivateFile::write(path, "name\r\nShop\r\n");
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().text()));
    QCOMPARE(contentsOf(path), QByteArray("name\r\nShop\r\n"));
    QCOMPARE(modeOf(path) & 07777, mode_t(0600));
    QCOMPARE(entriesOf(folder), QStringList{u"apps.csv"_s});
}

void PrivateFileTest::replacesAPlainFileAndMakesItPrivate()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"apps.json"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old and longer contents");
    old.close();
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));

    QVERIFY(PrivateFile::write(path, "[]\n").ok());
    QCOMPARE(contentsOf(path), QByteArray("[]\n"));
    QCOMPARE(modeOf(path) & 07777, mode_t(0600));
}

void PrivateFileTest::refusesAFifoAndLeavesIt()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"pipe"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);

    const Status written = PrivateFile::write(path, "data");
    QVERIFY(!written.ok());
    QCOMPARE(written.error().message, u"“%1” is not a plain file but a device, a pipe or a socket."_s.arg(path));
    QVERIFY(S_ISFIFO(modeOf(path)));
    QCOMPARE(entriesOf(folder), QStringList{u"pipe"_s});
}

void PrivateFileTest::refusesADeviceAndLeavesIt()
{
    // A device of its own where the test may make one (root); else /dev/null, which only root could replace.
    QTemporaryDir folder;
    QString path = folder.filePath(u"null"_s);
    if (::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, 3)) != 0) {
        if (::geteuid() == 0)
            QSKIP("root, but no device node can be made here: /dev/null itself is not put at risk");
        path = u"/dev/null"_s;
    }

    const Status written = PrivateFile::write(path, "data");
    QVERIFY(!written.ok());
    QCOMPARE(written.error().message, u"“%1” is not a plain file but a device, a pipe or a socket."_s.arg(path));
    QVERIFY(S_ISCHR(modeOf(path)));
}

void PrivateFileTest::refusesAFolder()
{
    QTemporaryDir folder;
    const Status written = PrivateFile::write(folder.path(), "data");
    QVERIFY(!written.ok());
    QCOMPARE(written.error().message, u"“%1” is a folder."_s.arg(folder.path()));
    QVERIFY(S_ISDIR(modeOf(folder.path())));
}

void PrivateFileTest::refusesASymbolicLinkAndLeavesItsTarget()
{
    QTemporaryDir folder;
    const QString target = folder.filePath(u"target.txt"_s);
    QFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("kept");
    file.close();
    const QString link = folder.filePath(u"export.csv"_s);
    QVERIFY(QFile::link(target, link));

    const Status written = PrivateFile::write(link, "data");
    QVERIFY(!written.ok());
    QCOMPARE(written.error().message, u"“%1” is a symbolic link; AppKeys does not write through links."_s.arg(link));
    QVERIFY(S_ISLNK(modeOf(link)));
    QCOMPARE(contentsOf(target), QByteArray("kept"));
    QCOMPARE(entriesOf(folder), (QStringList{u"export.csv"_s, u"target.txt"_s}));
}

void PrivateFileTest::aFailedWriteSaysWhyAndChangesNothing()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"audit.csv"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the previous export");
    old.close();

    // A file size limit fails the write as a full disk would, with the system's own reason (here EFBIG).
    rlimit saved{};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = ::signal(SIGXFSZ, SIG_IGN);
    const rlimit small{1024, saved.rlim_max};
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    const Status written = PrivateFile::write(path, QByteArray(4096, 'x'));
    ::setrlimit(RLIMIT_FSIZE, &saved);
    ::signal(SIGXFSZ, previousHandler);

    QVERIFY(!written.ok());
    QCOMPARE(written.error().message, u"Could not write “%1”: File too large"_s.arg(path));
    QCOMPARE(contentsOf(path), QByteArray("the previous export"));
    QCOMPARE(entriesOf(folder), QStringList{u"audit.csv"_s});
}

void PrivateFileTest::aFailureWhileStreamingChangesNothing()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"apps.json"_s);
    QVERIFY(PrivateFile::write(path, QByteArray("the previous export")).ok());

    // Half of an export written, then the registry cannot be read further: the caller's error, and the old file.
    const Status written = PrivateFile::write(path, [](QIODevice& file) {
        file.write(QByteArray(256 * 1024, 'x'));
        return Status(Error{u"Could not read the registry."_s, {}});
    });
    QCOMPARE(written.error().message, u"Could not read the registry."_s);
    QCOMPARE(contentsOf(path), QByteArray("the previous export"));
    QCOMPARE(entriesOf(folder), QStringList{u"apps.json"_s});

    const Status streamed = PrivateFile::write(path, [](QIODevice& file) {
        for (int chunk = 0; chunk < 3; ++chunk)
            file.write(QByteArray(100 * 1024, char('a' + chunk)));
        return Status();
    });
    QVERIFY(streamed.ok());
    QCOMPARE(contentsOf(path), QByteArray(100 * 1024, 'a') + QByteArray(100 * 1024, 'b') + QByteArray(100 * 1024, 'c'));
    QCOMPARE(modeOf(path) & 0777, mode_t(0600));
}

QTEST_GUILESS_MAIN(PrivateFileTest)
#include "tst_private_file.moc"
