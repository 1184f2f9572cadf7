#include "TerminalOutput.h"
#include "TerminalProgress.h"

#include <QTest>

#include <fcntl.h>
#include <functional>
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

const QString Text = u"Checking the audit trail: %1 of %2 entries"_s;

/// What a TerminalProgress shown after `delayMs` sends to a pseudo-terminal: `use` runs with it, and then it ends.
QByteArray sentToTerminal(int delayMs, const std::function<void(TerminalProgress&)>& use)
{
    int terminal = -1;
    int program = -1;
    if (::openpty(&terminal, &program, nullptr, nullptr, nullptr) != 0)
        return QByteArrayLiteral("(no pseudo-terminal)");
    {
        TerminalOutput output(program);
        QTextStream err(&output);
        TerminalProgress progress(err, Text, delayMs);
        use(progress);
    }
    const QByteArray sent = pending(terminal);
    ::close(program);
    ::close(terminal);
    return sent;
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
    const QByteArray sent = sentToTerminal(0, [](TerminalProgress& progress) {
        progress.update(500, 900);
        progress.update(900, 900);
    });
    QCOMPARE(sent, QByteArray("\r\x1b[KChecking the audit trail: 500 of 900 entries"
                              "\r\x1b[KChecking the audit trail: 900 of 900 entries"
                              "\r\x1b[K"));
}

void TerminalProgressTest::aPipeSeesNothing()
{
    int ends[2];
    QCOMPARE(::pipe(ends), 0);
    {
        TerminalOutput output(ends[1]);
        QTextStream err(&output);
        TerminalProgress progress(err, Text, 0);
        progress.update(1, 2);
    }
    QCOMPARE(pending(ends[0]), QByteArray());
    ::close(ends[0]);
    ::close(ends[1]);
}

void TerminalProgressTest::aQuickCommandShowsNothing()
{
    QCOMPARE(sentToTerminal(60 * 1000, [](TerminalProgress& progress) { progress.update(1, 2); }), QByteArray());
}

QTEST_GUILESS_MAIN(TerminalProgressTest)
#include "tst_terminal_progress.moc"
