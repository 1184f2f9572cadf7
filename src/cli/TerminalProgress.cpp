#include "TerminalProgress.h"

#include "TerminalOutput.h"

#include <QLocale>

namespace AppKeys {

namespace {

/// Back to the start of the line and erase it (ECMA-48 EL).
const QByteArray ClearLine = QByteArrayLiteral("\r\x1b[K");

/// Standard error as CommandLine opens it, when it is a terminal; null for a pipe, a file, or a stream on a string.
TerminalOutput* terminalOf(const QTextStream& stream)
{
    auto* output = qobject_cast<TerminalOutput*>(stream.device());
    return output && output->isTerminal() ? output : nullptr;
}

} // namespace

TerminalProgress::TerminalProgress(QTextStream& err, QString text, int delayMs)
    : m_err(err), m_text(std::move(text)), m_delayMs(delayMs), m_terminal(terminalOf(err))
{
    m_started.start();
}

TerminalProgress::~TerminalProgress()
{
    if (!m_shown)
        return;
    m_err.flush();
    m_terminal->writeControl(ClearLine);
}

void TerminalProgress::update(qint64 done, qint64 total)
{
    if (!m_terminal || m_started.elapsed() < m_delayMs)
        return;
    const QLocale locale;
    m_err.flush();
    m_terminal->writeControl(ClearLine);
    m_err << m_text.arg(locale.toString(done), locale.toString(total));
    m_err.flush();
    m_shown = true;
}

} // namespace AppKeys
