#include "AppRepository.h"
#include "Database.h"
#include "ErrorCode.h"
#include "ErrorText.h"
#include "RawSql.h"
#include "SampleApps.h"
#include "SchemaMigrator.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/fsuid.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

const QDateTime Monday = QDateTime(QDate(2025, 3, 3), QTime(9, 30), Qt::UTC);
constexpr uid_t Nobody = 65534;

mode_t permissionsOf(const QString& path)
{
    struct stat status
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode & 07777 : 0;
}

bool setPermissions(const QString& path, mode_t mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

/// A registry with one app, closed again: its file, in a folder of its own.
QString createRegistry(const QTemporaryDir& folder)
{
    const QString filePath = folder.filePath(u"appkeys.sqlite"_s);
    const Result<std::shared_ptr<Database>> created = Database::openSqlite(filePath);
    if (!created || !AppRepository(created.value()).insertApp(SampleApps::record(u"Front desk"_s, Monday)))
        return {};
    return filePath;
}

bool overwrite(const QString& filePath, qint64 offset, const QByteArray& bytes)
{
    QFile file(filePath);
    return file.open(QIODevice::ReadWrite) && file.seek(offset) && file.write(bytes) == bytes.size();
}

/// Files are checked as another user would meet them: root may write anything, so as root the file system user
/// becomes nobody (setfsuid, this thread only) for as long as this lives.
class AsAnotherUser
{
public:
    AsAnotherUser() : m_root(::geteuid() == 0)
    {
        if (m_root)
            ::setfsuid(Nobody);
    }
    ~AsAnotherUser()
    {
        if (m_root)
            ::setfsuid(0);
    }
    AsAnotherUser(const AsAnotherUser&) = delete;
    AsAnotherUser& operator=(const AsAnotherUser&) = delete;

private:
    bool m_root;
};

} // namespace

/// The registry's SQLite files as the operating system sees them: private when created, a warning when they are not,
/// and a message that says what is wrong when a file cannot be opened.
class RegistryFilesTest : public QObject
{
    Q_OBJECT

private slots:
    void aNewRegistryIsPrivate();
    void aRegistryOthersMayReadGetsAWarningNamingChmod();
    void aDamagedFileIsSaidToBeDamaged();
    void aFileWithADamagedHeaderIsSaidToBeDamaged();
    void anOutdatedFileIsSaidToNeedAnUpgradeWithoutACheckOfEveryPage();
    void aFolderSqliteCannotWriteToIsNamed_data();
    void aFolderSqliteCannotWriteToIsNamed();
    void aFileThatMayNotBeWrittenSuggestsReadOnly();
    void aFullDiskIsSaidToBeFull();
};

void RegistryFilesTest::aNewRegistryIsPrivate()
{
    QTemporaryDir root;
    const QString folder = root.filePath(u"appkeys/registry"_s);
    const QString filePath = folder + u"/appkeys.sqlite"_s;
    const Result<std::shared_ptr<Database>> created = Database::openSqlite(filePath);
    QVERIFY2(created.ok(), qPrintable(errorText(created)));
    QVERIFY(AppRepository(created.value()).insertApp(SampleApps::record(u"Front desk"_s, Monday)).ok());

    QCOMPARE(permissionsOf(root.filePath(u"appkeys"_s)), mode_t(0700));
    QCOMPARE(permissionsOf(folder), mode_t(0700));
    QCOMPARE(permissionsOf(filePath), mode_t(0600));
    // While it is open, its write-ahead log and shared memory are there too, with the database file's mode.
    QCOMPARE(permissionsOf(filePath + u"-wal"_s), mode_t(0600));
    QCOMPARE(permissionsOf(filePath + u"-shm"_s), mode_t(0600));
    QCOMPARE(created.value()->warnings(), QStringList());
}

void RegistryFilesTest::aRegistryOthersMayReadGetsAWarningNamingChmod()
{
    QTemporaryDir folder;
    const QString filePath = createRegistry(folder);
    QVERIFY(!filePath.isEmpty());
    QVERIFY(setPermissions(folder.path(), 0755));
    QVERIFY(setPermissions(filePath, 0644));

    const Result<std::shared_ptr<Database>> opened = Database::openSqlite(filePath);
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    const QString warning =
        u"“%1” may be read by other users of this computer (mode %2). Make it private with: chmod %3 '%1'"_s;
    QCOMPARE(opened.value()->warnings(),
             (QStringList{warning.arg(folder.path(), u"0755"_s, u"700"_s), warning.arg(filePath, u"0644"_s, u"600"_s),
                          warning.arg(filePath + u"-wal"_s, u"0644"_s, u"600"_s),
                          warning.arg(filePath + u"-shm"_s, u"0644"_s, u"600"_s)}));
}

void RegistryFilesTest::aDamagedFileIsSaidToBeDamaged()
{
    QTemporaryDir folder;
    const QString filePath = createRegistry(folder);
    QVERIFY(!filePath.isEmpty());
    // Pages 2 to 4 (4096 bytes each) overwritten: the header still says SQLite, the tables do not hold.
    QVERIFY(overwrite(filePath, 4096, QByteArray(3 * 4096, '\xff')));

    const Result<std::shared_ptr<Database>> opened = Database::openSqlite(filePath, Database::AccessMode::ReadOnly);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().message, u"“%1” is damaged; restore it from a backup."_s.arg(filePath));
    QVERIFY2(opened.error().hint.startsWith(u"SQLite's integrity check: *** in database main ***\n"_s),
             qPrintable(opened.error().hint));
}

void RegistryFilesTest::aFileWithADamagedHeaderIsSaidToBeDamaged()
{
    QTemporaryDir folder;
    const QString filePath = createRegistry(folder);
    QVERIFY(!filePath.isEmpty());
    QVERIFY(overwrite(filePath, 20, QByteArray(40, '\xff')));

    const Result<std::shared_ptr<Database>> opened = Database::openSqlite(filePath, Database::AccessMode::ReadOnly);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().message, u"“%1” is damaged; restore it from a backup."_s.arg(filePath));
    QCOMPARE(opened.error().hint, u"SQLite's integrity check: file is not a database"_s);
}

void RegistryFilesTest::anOutdatedFileIsSaidToNeedAnUpgradeWithoutACheckOfEveryPage()
{
    QTemporaryDir folder;
    const QString filePath = createRegistry(folder);
    QVERIFY(!filePath.isEmpty());
    QVERIFY(RawSql::executeOutsideAppKeys(
        filePath, u"DELETE FROM schema_migrations WHERE version = %1"_s.arg(SchemaMigrator::latestVersion())));
    // Its last page overwritten, which opening it does not read: SQLite's integrity check would find it, and did on
    // every failed open, where a read-only command at 100,000 apps then waited 13.5 s to be told of the upgrade.
    const qint64 pageSize = 4096;
    QVERIFY(overwrite(filePath, QFileInfo(filePath).size() - pageSize, QByteArray(pageSize, '\xff')));

    const Result<std::shared_ptr<Database>> opened = Database::openSqlite(filePath, Database::AccessMode::ReadOnly);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().message, u"This registry needs an upgrade: open it once without --read-only."_s);
    QCOMPARE(opened.error().code, ErrorCode::SchemaNotCurrent);
}

void RegistryFilesTest::aFolderSqliteCannotWriteToIsNamed_data()
{
    QTest::addColumn<Database::AccessMode>("mode");
    QTest::newRow("read-only") << Database::AccessMode::ReadOnly;
    QTest::newRow("for writing") << Database::AccessMode::ReadWrite;
}

void RegistryFilesTest::aFolderSqliteCannotWriteToIsNamed()
{
    QFETCH(Database::AccessMode, mode);
    QTemporaryDir folder;
    const QString filePath = createRegistry(folder);
    QVERIFY(!filePath.isEmpty());
    QVERIFY(setPermissions(folder.path(), 0555));
    QVERIFY(setPermissions(filePath, 0666));

    Result<std::shared_ptr<Database>> opened = Error{};
    {
        const AsAnotherUser another;
        opened = Database::openSqlite(filePath, mode);
    }
    QVERIFY(setPermissions(folder.path(), 0700));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().message,
             u"SQLite needs to create “%1-shm” here, but the folder “%2” cannot be written to."_s.arg(filePath,
                                                                                                      folder.path()));
    QCOMPARE(opened.error().hint, u"A registry in write-ahead-log mode needs that file even to be read. Let your user "
                                  u"write to the folder, or copy the registry to a folder you can write to."_s);
}

void RegistryFilesTest::aFileThatMayNotBeWrittenSuggestsReadOnly()
{
    QTemporaryDir folder;
    const QString filePath = createRegistry(folder);
    QVERIFY(!filePath.isEmpty());
    QVERIFY(setPermissions(folder.path(), 0777));
    QVERIFY(setPermissions(filePath, 0444));

    Result<std::shared_ptr<Database>> opened = Error{};
    {
        const AsAnotherUser another;
        opened = Database::openSqlite(filePath, Database::AccessMode::ReadWrite);
    }
    QVERIFY(setPermissions(folder.path(), 0700));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::FileNotWritable);
    QCOMPARE(opened.error().message, u"The registry file “%1” is not writable."_s.arg(filePath));
    QCOMPARE(opened.error().hint, u"To only read it, open it with --read-only: appkeys --read-only --database “%1”. "
                                  u"To change it, make it writable for your user."_s.arg(filePath));
}

void RegistryFilesTest::aFullDiskIsSaidToBeFull()
{
    QTemporaryDir folder;
    const Result<std::shared_ptr<Database>> opened = Database::openSqlite(folder.filePath(u"appkeys.sqlite"_s));
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    // SQLite's own "database or disk is full" (SQLITE_FULL), without filling a real disk: no page beyond these.
    const int pages = RawSql::scalar(*opened.value(), u"PRAGMA page_count"_s).toInt();
    QVERIFY(RawSql::execute(*opened.value(), u"PRAGMA max_page_count = %1"_s.arg(pages)));

    AppRepository repository(opened.value());
    Status inserted;
    for (int app = 0; app < 50 && inserted.ok(); ++app) {
        AppRecord record = SampleApps::record(u"App %1"_s.arg(app), Monday);
        record.details.description = QString(1000, u'd');
        inserted = repository.insertApp(record);
    }
    QVERIFY(!inserted.ok());
    QCOMPARE(inserted.error().message, u"The disk that holds the registry is full: nothing was changed."_s);
    QCOMPARE(inserted.error().hint, u"Free some space on it, then try again."_s);
}

QTEST_GUILESS_MAIN(RegistryFilesTest)
#include "tst_registry_files.moc"
