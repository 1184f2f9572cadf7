#include "EchoOffTerminal.h"

#include <csignal>
#include <iterator>
#include <termios.h>
#include <unistd.h>

namespace AppKeys {

namespace {

constexpr int RestoringSignals[] = {SIGINT, SIGTERM, SIGHUP};

// What the signal handler restores; a handler can reach nothing else.
int g_fileDescriptor = -1;
termios g_saved{};
struct sigaction g_previous[std::size(RestoringSignals)]{};

void restoreEcho()
{
    tcsetattr(g_fileDescriptor, TCSAFLUSH, &g_saved);
}

void restoreAndEnd(int signalNumber)
{
    // tcsetattr, signal and raise are async-signal-safe. The program then ends as the signal says it should.
    restoreEcho();
    signal(signalNumber, SIG_DFL);
    raise(signalNumber);
}

} // namespace

EchoOffTerminal::EchoOffTerminal(int fileDescriptor)
{
    if (!isatty(fileDescriptor) || tcgetattr(fileDescriptor, &g_saved) != 0)
        return;
    m_terminal = true;
    g_fileDescriptor = fileDescriptor;
    struct sigaction restoring
    {
    };
    restoring.sa_handler = restoreAndEnd;
    sigemptyset(&restoring.sa_mask);
    for (std::size_t index = 0; index < std::size(RestoringSignals); ++index)
        sigaction(RestoringSignals[index], &restoring, &g_previous[index]);
    termios hidden = g_saved;
    hidden.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(fileDescriptor, TCSAFLUSH, &hidden);
}

EchoOffTerminal::~EchoOffTerminal()
{
    if (!m_terminal)
        return;
    restoreEcho();
    for (std::size_t index = 0; index < std::size(RestoringSignals); ++index)
        sigaction(RestoringSignals[index], &g_previous[index], nullptr);
}

} // namespace AppKeys
