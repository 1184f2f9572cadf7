#include "TerminalOutput.h"
#include "TerminalProgress.h"

#include <QTest>

#include <fcntl.h>
#include <pty.h>
#include <unistd.h>

using namespace AppKeys;
using namespace Qt::StringLiterals;

namespace {

/// What is waiting to be read from `descriptor` (set non-blocking): the bytes a terminal would have been sent.
QByteArray pending(int descriptor)
{
    ::fcntl(descriptor, F_SETFL, ::fcntl(descriptor, F_GETFL) | O_NONBLOCK);
    QByteArray bytes;
    char buffer[4096];
    for (ssize_t got = 0; (got = ::read(descriptor, buffer, sizeof buffer)) > 0;)
        bytes.append(buffer, got);
    return bytes;
}

} // namespace

/// The progress line of a long command: on a terminal only, rewritten in place, erased at the end.
class TerminalProgressTest : public QObject
{
    Q_OBJECT

private slots:
    void aTerminalSeesTheLineRewrittenAndErased();
    void aPipeSeesNothing();
    void aQuickCommandShowsNothing();
};

void TerminalProgressTest::aTerminalSeesTheLineRewrittenAndErased()
{
    int terminal = -1;
    int program = -1;
    QCOMPARE(::openpty(&terminal, &program, nullptr, nullptr, nullptr), 0);
    {
        TerminalOutput output(program);
        QTextStream err(&output);
        TerminalProgress progress(err, u"Checking the audit trail: %1 of %2 entries"_s, 0);
        progress.update(500, 900);
        progress.update(900, 900);
    }
    QCOMPARE(pending(terminal), QByteArray("\r\x1b[KChecking the audit trail: 500 of 900 entries"
                                           "\r\x1b[KChecking the audit trail: 900 of 900 entries"
                                           "\r\x1b[K"));
    ::close(program);
    ::close(terminal);
}

void TerminalProgressTest::aPipeSeesNothing()
{
    int ends[2];
    QCOMPARE(::pipe(ends), 0);
    {
        TerminalOutput output(ends[1]);
        QTextStream err(&output);
        TerminalProgress progress(err, u"%1 of %2"_s, 0);
        progress.update(1, 2);
    }
    QCOMPARE(pending(ends[0]), QByteArray());
    ::close(ends[0]);
    ::close(ends[1]);
}

void TerminalProgressTest::aQuickCommandShowsNothing()
{
    int terminal = -1;
    int program = -1;
    QCOMPARE(::openpty(&terminal, &program, nullptr, nullptr, nullptr), 0);
    {
        TerminalOutput output(program);
        QTextStream err(&output);
        TerminalProgress progress(err, u"%1 of %2"_s, 60 * 1000);
        progress.update(1, 2);
    }
    QCOMPARE(pending(terminal), QByteArray());
    ::close(program);
    ::close(terminal);
}

QTEST_GUILESS_MAIN(TerminalProgressTest)
#include "tst_terminal_progress.moc"
