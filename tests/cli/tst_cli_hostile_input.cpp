#include "AppRepository.h"
#include "SampleApps.h"
#include "TemporaryRegistry.h"
#include "TerminalText.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <grp.h>
#include <pty.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

const QDateTime Monday = QDateTime(QDate(2025, 3, 3), QTime(9, 30), Qt::UTC);
constexpr uid_t Nobody = 65534;

// Rows that reached the registry past the wizard's rules (an older version, a script, a tampered file).
const QString OverrideName = u"invoice\u202etxt.exe"_s;
const QString ZeroWidthName = u"ad\u200bmin"_s;
const QString FormulaName = u"=HYPERLINK(\"https://evil.example\",\"Shop\")"_s;
const QString FormulaActor = u"@SUM(1+1)"_s;
const QString TerminalDescription = u"\x1b[2J\x1b]0;owned\x07 \x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\"_s;
const QString EscapedDescription =
    u"\\u001b[2J\\u001b]0;owned\\u0007 \\u001b]8;;https://evil.example\\u001b\\click\\u001b]8;;\\u001b\\"_s;
const QString FullOutput = u"appkeys: Could not write to standard output: No space left on device\n"_s;

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;

    QString describe() const
    {
        return u"exit code %1%2\n--- stdout:\n%3--- stderr:\n%4"_s.arg(exitCode).arg(
            crashed ? u" (crashed)"_s : QString(), out, err);
    }
};

/// Runs the command line with `prepare` called in the child just before it starts (a user, a limit, a signal), and
/// its standard output into `outputFile` when one is given.
Run run(const QStringList& arguments, const std::function<void()>& prepare = {}, const QString& outputFile = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"LANGUAGE"_s, u"en"_s);
    process.setProcessEnvironment(environment);
    if (prepare)
        process.setChildProcessModifier(prepare);
    if (!outputFile.isEmpty())
        process.setStandardOutputFile(outputFile);
    process.start(QStringLiteral(APPKEYS_CLI_EXECUTABLE), arguments);
    process.closeWriteChannel();
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = result.crashed ? -1 : process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

/// As another user, for whom the registry's permissions count: as root, nobody. Only async-signal-safe calls.
void becomeAnotherUser()
{
    if (::geteuid() != 0)
        return;
    ::setgroups(0, nullptr);
    ::setgid(Nobody);
    ::setuid(Nobody);
}

/// Characters a terminal would act on or hide, as the command line must never print them.
QString rawTerminalCharacters(const QString& text)
{
    QString found;
    for (const char32_t character : text.toUcs4()) {
        if (character != u'\n' && TerminalText::isEscaped(character))
            found += u"U+%1 "_s.arg(uint(character), 4, 16, QChar(u'0'));
    }
    return found;
}

mode_t modeOf(const QString& path)
{
    struct stat status
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode : 0;
}

QString lineStartingWith(const QString& text, const QString& start)
{
    for (const QString& line : text.split(u'\n')) {
        if (line.startsWith(start))
            return line;
    }
    return {};
}

} // namespace

/// The command line shown hostile rows and hostile places: what a terminal shows is what is stored, no spreadsheet
/// runs a formula from an export, every write is checked to the end, and each broken file says what is wrong.
class CliHostileInputTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void tablesShowControlAndInvisibleCharactersEscaped();
    void showEscapesADescriptionThatWouldDriveTheTerminal();
    void jsonStaysJsonWithTheStoredValues();
    void auditTableShowsNoRawCharacter();
    void errorsAreEscapedToo();
    void csvExportNeutralisesFormulas();

    void aFullStandardOutputIsAFailure_data();
    void aFullStandardOutputIsAFailure();
    void aClosedPipeEndsTheCommand();
    void aFailedExportFileSaysWhy();
    void exportRefusesWhatIsNotAPlainFile_data();
    void exportRefusesWhatIsNotAPlainFile();
    void exportsArePrivate();

    void aRegistryOthersMayReadGetsAWarning();
    void aDamagedRegistryIsSaidToBeDamaged();
    void aFolderWithoutWriteAccessIsNamed();
    void alertsSendOnARegistryItMayNotWriteFailsWithoutARetry();
    void datesEndWithTheYear9999();
    void anUnknownOptionIsBadUsage();

    void coreDumpsAreOffInTheCommandLine();
    void ctrlCAtThePasswordPromptRestoresTheTerminal();

private:
    QString registryFile() const { return m_registry->filePath(); }
    QStringList withRegistry(QStringList arguments) const { return arguments << u"--database"_s << registryFile(); }

    std::unique_ptr<TemporaryRegistry> m_registry;
    QString m_overrideId;
};

void CliHostileInputTest::initTestCase()
{
    m_registry = std::make_unique<TemporaryRegistry>();
    QVERIFY2(m_registry->isOpen(), qPrintable(m_registry->errorText()));
    AppRecord override = SampleApps::record(OverrideName, Monday);
    override.details.description = TerminalDescription;
    override.createdBy = FormulaActor;
    m_overrideId = override.applicationId;
    for (const AppRecord& app : {override, SampleApps::record(ZeroWidthName, Monday.addSecs(60)),
                                 SampleApps::record(FormulaName, Monday.addSecs(120))})
        QVERIFY(m_registry->repository()->insertApp(app).ok());
    m_registry->close();
}

void CliHostileInputTest::tablesShowControlAndInvisibleCharactersEscaped()
{
    const Run list = run(withRegistry({u"list"_s}));
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    QCOMPARE(rawTerminalCharacters(list.out), QString());
    QVERIFY2(list.out.contains(u"invoice\\u202etxt.exe"_s), qPrintable(list.out));
    QVERIFY2(list.out.contains(u"ad\\u200bmin"_s), qPrintable(list.out));
}

void CliHostileInputTest::showEscapesADescriptionThatWouldDriveTheTerminal()
{
    const Run show = run(withRegistry({u"show"_s, m_overrideId}));
    QVERIFY2(show.exitCode == 0, qPrintable(show.describe()));
    QCOMPARE(rawTerminalCharacters(show.out), QString());
    QCOMPARE(lineStartingWith(show.out, u"Name:"_s).simplified(), u"Name: invoice\\u202etxt.exe"_s);
    QCOMPARE(lineStartingWith(show.out, u"Description:"_s).simplified(), u"Description: "_s + EscapedDescription);
}

void CliHostileInputTest::jsonStaysJsonWithTheStoredValues()
{
    const Run list = run(withRegistry({u"list"_s, u"--json"_s}));
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    QCOMPARE(rawTerminalCharacters(list.out), QString());
    QJsonParseError error;
    const QJsonArray apps = QJsonDocument::fromJson(list.out.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QStringList names;
    for (const QJsonValue& app : apps)
        names.append(app.toObject().value(u"name"_s).toString());
    QCOMPARE(names, (QStringList{FormulaName, ZeroWidthName, OverrideName}));
    QCOMPARE(apps.at(2).toObject().value(u"description"_s).toString(), TerminalDescription);
}

void CliHostileInputTest::auditTableShowsNoRawCharacter()
{
    const Run audit = run(withRegistry({u"audit"_s}));
    QVERIFY2(audit.exitCode == 0, qPrintable(audit.describe()));
    QCOMPARE(rawTerminalCharacters(audit.out), QString());
    QVERIFY2(audit.out.contains(u"invoice\\u202etxt.exe"_s), qPrintable(audit.out));
}

void CliHostileInputTest::errorsAreEscapedToo()
{
    const Run show = run(withRegistry({u"show"_s, u"\x1b[2Jnobody\u202e"_s}));
    QCOMPARE(show.exitCode, 1);
    QCOMPARE(show.err, u"appkeys: No app named or with id “\\u001b[2Jnobody\\u202e”.\n"
                       u"'appkeys list' shows the registry's apps.\n"_s);
}

void CliHostileInputTest::csvExportNeutralisesFormulas()
{
    QTemporaryDir folder;
    const QString file = folder.filePath(u"apps.csv"_s);
    const Run exported = run(withRegistry({u"export"_s, u"--format"_s, u"csv"_s, u"--output"_s, file}));
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QVERIFY2(text.contains(u",\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Shop\"\")\","_s), qPrintable(text));
    QVERIFY2(text.contains(u",'@SUM(1+1),"_s), qPrintable(text));
    QVERIFY2(!text.contains(u",=HYPERLINK"_s) && !text.contains(u",@SUM"_s), qPrintable(text));
}

void CliHostileInputTest::aFullStandardOutputIsAFailure_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("list") << QStringList{u"list"_s};
    QTest::newRow("list --json") << QStringList{u"list"_s, u"--json"_s};
    QTest::newRow("show") << QStringList{u"show"_s, u"ad\u200bmin"_s};
    QTest::newRow("audit") << QStringList{u"audit"_s};
    QTest::newRow("audit verify") << QStringList{u"audit"_s, u"verify"_s};
    QTest::newRow("export csv") << QStringList{u"export"_s, u"--format"_s, u"csv"_s};
    QTest::newRow("export json") << QStringList{u"export"_s, u"--format"_s, u"json"_s, u"--what"_s, u"audit"_s};
}

void CliHostileInputTest::aFullStandardOutputIsAFailure()
{
    QFETCH(QStringList, arguments);
    const Run full = run(withRegistry(arguments), {}, u"/dev/full"_s);
    QCOMPARE(full.exitCode, 1);
    QCOMPARE(full.err, FullOutput);
}

void CliHostileInputTest::aClosedPipeEndsTheCommand()
{
    // Standard output a pipe whose reading end is closed, as `appkeys list | true` leaves it.
    const auto closedPipe = [] {
        int ends[2];
        if (::pipe(ends) == 0) {
            ::close(ends[0]);
            ::dup2(ends[1], STDOUT_FILENO);
        }
    };
    // By default SIGPIPE ends the program, as it ends any other in a pipeline.
    const Run signalled = run(withRegistry({u"list"_s}), closedPipe);
    QVERIFY2(signalled.crashed, qPrintable(signalled.describe()));
    QCOMPARE(signalled.err, QString());
    // With SIGPIPE ignored (inherited so), the failed write is reported and is a failure.
    const Run ignored = run(withRegistry({u"list"_s}), [closedPipe] {
        ::signal(SIGPIPE, SIG_IGN);
        closedPipe();
    });
    QCOMPARE(ignored.exitCode, 1);
    QCOMPARE(ignored.err, u"appkeys: Could not write to standard output: Broken pipe\n"_s);
}

void CliHostileInputTest::aFailedExportFileSaysWhy()
{
    // An export larger than the file size limit below, which SQLite's own files (its -shm has 32 KiB) stay under.
    TemporaryRegistry registry;
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    for (int index = 0; index < 80; ++index) {
        AppRecord app = SampleApps::record(u"App %1"_s.arg(index), Monday);
        app.details.description = QString(1000, u'd');
        QVERIFY(registry.repository()->insertApp(app).ok());
    }
    registry.close();
    QTemporaryDir folder;
    const QString file = folder.filePath(u"apps.json"_s);
    // A file size limit makes the write fail as a full disk does, with the system's reason.
    const Run failed =
        run({u"export"_s, u"--format"_s, u"json"_s, u"--output"_s, file, u"--database"_s, registry.filePath()}, [] {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{64 * 1024, 64 * 1024};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    QCOMPARE(failed.exitCode, 1);
    QCOMPARE(failed.err, u"appkeys: Could not write “%1”: File too large\n"
                         u"Check that the disk is not full and the folder can be written to, or choose another "
                         u"file.\n"_s.arg(file));
    QCOMPARE(QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void CliHostileInputTest::exportRefusesWhatIsNotAPlainFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("FIFO") << u"fifo"_s;
    QTest::newRow("character device") << u"device"_s;
    QTest::newRow("folder") << u"folder"_s;
    QTest::newRow("symbolic link") << u"link"_s;
}

void CliHostileInputTest::exportRefusesWhatIsNotAPlainFile()
{
    QFETCH(QString, kind);
    QTemporaryDir folder;
    QString path = folder.filePath(kind);
    const QByteArray native = QFile::encodeName(path);
    QString message = u"appkeys: “%1” is not a plain file but a device, a pipe or a socket.\n"
                      u"Give the name of a plain file, or a new file name.\n"_s;
    if (kind == u"fifo"_s) {
        QCOMPARE(::mkfifo(native.constData(), 0600), 0);
    } else if (kind == u"device"_s) {
        // A device of its own where the test may make one (root); else /dev/null, which only root could replace.
        if (::mknod(native.constData(), S_IFCHR | 0666, makedev(1, 3)) != 0) {
            if (::geteuid() == 0)
                QSKIP("root, but no device node can be made here: /dev/null itself is not put at risk");
            path = u"/dev/null"_s;
        }
    } else if (kind == u"folder"_s) {
        QVERIFY(QDir().mkdir(path));
        message = u"appkeys: “%1” is a folder.\nGive a file name in it.\n"_s;
    } else {
        QVERIFY(QFile::link(u"/etc/hostname"_s, path));
        message = u"appkeys: “%1” is a symbolic link; AppKeys does not write through links.\n"
                  u"Give the path of the file itself, or a new file name.\n"_s;
    }
    const mode_t before = modeOf(path);

    const Run refused = run(withRegistry({u"export"_s, u"--format"_s, u"csv"_s, u"--output"_s, path}));
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.err, message.arg(path));
    QCOMPARE(modeOf(path), before);
}

void CliHostileInputTest::exportsArePrivate()
{
    QTemporaryDir folder;
    const QString file = folder.filePath(u"apps.json"_s);
    const Run exported = run(withRegistry({u"export"_s, u"--format"_s, u"json"_s, u"--output"_s, file}));
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
    QCOMPARE(modeOf(file) & 07777, mode_t(0600));
}

void CliHostileInputTest::aRegistryOthersMayReadGetsAWarning()
{
    TemporaryRegistry registry;
    QVERIFY2(registry.isOpen(), qPrintable(registry.errorText()));
    const QString file = registry.filePath();
    registry.close();
    QCOMPARE(modeOf(file) & 07777, mode_t(0600));
    QCOMPARE(::chmod(QFile::encodeName(file).constData(), 0644), 0);

    const Run list = run({u"list"_s, u"--database"_s, file});
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    QCOMPARE(lineStartingWith(list.err, u"appkeys: warning: “%1”"_s.arg(file)),
             u"appkeys: warning: “%1” may be read by other users of this computer (mode 0644). Make it private with: "
             u"chmod 600 '%1'"_s.arg(file));
}

void CliHostileInputTest::aDamagedRegistryIsSaidToBeDamaged()
{
    QTemporaryDir folder;
    const QString file = folder.filePath(u"damaged.sqlite"_s);
    QVERIFY(QFile::copy(registryFile(), file));
    QFile damaged(file);
    QVERIFY(damaged.open(QIODevice::ReadWrite) && damaged.seek(20));
    damaged.write(QByteArray(40, '\xff'));
    damaged.close();

    const Run list = run({u"list"_s, u"--database"_s, file});
    QCOMPARE(list.exitCode, 1);
    QCOMPARE(list.err, u"appkeys: “%1” is damaged; restore it from a backup.\n"
                       u"SQLite's integrity check: file is not a database\n"_s.arg(file));
}

void CliHostileInputTest::aFolderWithoutWriteAccessIsNamed()
{
    QTemporaryDir folder;
    const QString file = folder.filePath(u"appkeys.sqlite"_s);
    QVERIFY(QFile::copy(registryFile(), file));
    QCOMPARE(::chmod(QFile::encodeName(file).constData(), 0644), 0);
    QCOMPARE(::chmod(QFile::encodeName(folder.path()).constData(), 0555), 0);

    // Even read-only: SQLite needs its -shm file to read a registry in write-ahead-log mode.
    const Run list = run({u"list"_s, u"--read-only"_s, u"--database"_s, file}, becomeAnotherUser);
    ::chmod(QFile::encodeName(folder.path()).constData(), 0700);
    QCOMPARE(list.exitCode, 1);
    QCOMPARE(list.err,
             u"appkeys: SQLite needs to create “%1-shm” here, but the folder “%2” cannot be written to.\n"
             u"A registry in write-ahead-log mode needs that file even to be read. Let your user write to the "
             u"folder, or copy the registry to a folder you can write to.\n"_s.arg(file, folder.path()));
}

void CliHostileInputTest::alertsSendOnARegistryItMayNotWriteFailsWithoutARetry()
{
    QTemporaryDir folder;
    const QString file = folder.filePath(u"appkeys.sqlite"_s);
    QVERIFY(QFile::copy(registryFile(), file));
    QCOMPARE(::chmod(QFile::encodeName(file).constData(), 0444), 0);
    QCOMPARE(::chmod(QFile::encodeName(folder.path()).constData(), 0777), 0);

    const Run send = run({u"alerts"_s, u"--send"_s, u"--database"_s, file}, becomeAnotherUser);
    ::chmod(QFile::encodeName(folder.path()).constData(), 0700);
    QCOMPARE(send.exitCode, 1);
    QCOMPARE(send.err, u"appkeys: The registry file “%1” is not writable.\n"
                       u"This command records what it does, so it needs a registry it may write to.\n"_s.arg(file));
}

void CliHostileInputTest::datesEndWithTheYear9999()
{
    const Run untilTheEnd = run(withRegistry({u"audit"_s, u"--until"_s, u"9999-12-31"_s, u"--json"_s}));
    QVERIFY2(untilTheEnd.exitCode == 0, qPrintable(untilTheEnd.describe()));
    QCOMPARE(QJsonDocument::fromJson(untilTheEnd.out.toUtf8()).array().size(), 3);

    const Run beyond = run(withRegistry({u"audit"_s, u"--until"_s, u"9999-12-31T23:00:00-05:00"_s}));
    QCOMPARE(beyond.exitCode, 2);
    QCOMPARE(beyond.err, u"appkeys: Bad date “9999-12-31T23:00:00-05:00”: AppKeys takes dates up to 9999-12-31.\n"
                         u"Try 'appkeys --help'.\n"_s);
}

void CliHostileInputTest::anUnknownOptionIsBadUsage()
{
    const Run unknown = run({u"--no-such-flag"_s});
    QCOMPARE(unknown.exitCode, 2);
    QCOMPARE(unknown.err, u"appkeys: unknown option '--no-such-flag'\nTry 'appkeys --help'.\n"_s);
}

void CliHostileInputTest::coreDumpsAreOffInTheCommandLine()
{
    // `login` waits for its password on standard input, which stays open meanwhile.
    QProcess process;
    process.start(QStringLiteral(APPKEYS_CLI_EXECUTABLE),
                  {u"login"_s, u"--database"_s, u"postgresql://admin@127.0.0.1:1/appkeys"_s});
    QVERIFY(process.waitForStarted());
    const QString limits = u"/proc/%1/limits"_s.arg(process.processId());
    const auto coreLimit = [&limits] {
        QFile file(limits);
        return file.open(QIODevice::ReadOnly)
                   ? lineStartingWith(QString::fromLatin1(file.readAll()), u"Max core file size"_s)
                   : QString();
    };
    QTRY_COMPARE(coreLimit().simplified(), u"Max core file size 0 0 bytes"_s);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished());
}

void CliHostileInputTest::ctrlCAtThePasswordPromptRestoresTheTerminal()
{
    int terminal = -1;
    const QByteArray program = QByteArrayLiteral(APPKEYS_CLI_EXECUTABLE);
    // The prompt in English, whatever the developer's own language; the child inherits it.
    qputenv("LANGUAGE", "en");
    qputenv("LC_ALL", "C.UTF-8");
    const pid_t child = ::forkpty(&terminal, nullptr, nullptr, nullptr);
    QVERIFY(child >= 0);
    if (child == 0) {
        ::execl(program.constData(), program.constData(), "login", "--database",
                "postgresql://admin@127.0.0.1:1/appkeys", static_cast<char*>(nullptr));
        ::_exit(127);
    }
    QCOMPARE(::fcntl(terminal, F_SETFL, ::fcntl(terminal, F_GETFL) | O_NONBLOCK), 0);
    QByteArray shown;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            char buffer[256];
            const ssize_t read = ::read(terminal, buffer, sizeof buffer);
            if (read > 0)
                shown.append(buffer, read);
            return shown.contains("Password for the database role");
        }(),
        30000);
    termios prompting{};
    QCOMPARE(::tcgetattr(terminal, &prompting), 0);
    QCOMPARE(prompting.c_lflag & ECHO, tcflag_t(0));

    // Ctrl+C, as typed: the terminal turns it into SIGINT for the command line.
    QCOMPARE(::write(terminal, "\x03", 1), ssize_t(1));
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFSIGNALED(status));
    QCOMPARE(WTERMSIG(status), SIGINT);
    termios after{};
    QCOMPARE(::tcgetattr(terminal, &after), 0);
    QCOMPARE(after.c_lflag & ECHO, tcflag_t(ECHO));
    ::close(terminal);
}

QTEST_GUILESS_MAIN(CliHostileInputTest)
#include "tst_cli_hostile_input.moc"
