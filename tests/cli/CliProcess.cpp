#include "CliProcess.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {
// Generous: a slow build machine must not turn into a failed test; a hang still ends the test.
constexpr int FinishTimeoutMs = 60000;
} // namespace

CliProcess CliProcess::run(const QStringList& arguments, const QProcessEnvironment& environment,
                           const QByteArray& input)
{
    // The expected texts are English, as the program speaks it (with its plural forms), whatever the developer's
    // own language.
    QProcessEnvironment english = environment;
    english.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    english.insert(u"LANGUAGE"_s, u"en"_s);
    QProcess process;
    process.setProcessEnvironment(english);
    process.start(program(), arguments);
    process.write(input);
    process.closeWriteChannel();
    // The test's own event loop keeps running meanwhile (unlike with waitForFinished), so that a server in the test
    // process, such as a webhook receiver, answers the command.
    const bool finished =
        QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, FinishTimeoutMs);
    CliProcess result;
    if (!finished || process.error() == QProcess::FailedToStart || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        result.failure = process.errorString();
    } else {
        result.exitCode = process.exitCode();
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString CliProcess::program()
{
    return QStringLiteral(APPKEYS_CLI_EXECUTABLE);
}

QString CliProcess::describe() const
{
    return u"exit code %1 %2\n--- stdout:\n%3--- stderr:\n%4"_s.arg(exitCode).arg(failure, out, err);
}

} // namespace AppKeys
