#pragma once

namespace AppKeys {

/// A terminal that does not echo what is typed while a password is read from it, and echoes again afterwards: when
/// this object ends, and also when Ctrl+C (SIGINT), SIGTERM or SIGHUP ends the program during the prompt, so that
/// the shell is not left without echo. One at a time.
class EchoOffTerminal
{
public:
    /// Does nothing unless `fileDescriptor` is a terminal.
    explicit EchoOffTerminal(int fileDescriptor);
    ~EchoOffTerminal();
    EchoOffTerminal(const EchoOffTerminal&) = delete;
    EchoOffTerminal& operator=(const EchoOffTerminal&) = delete;

    bool isTerminal() const { return m_terminal; }

private:
    bool m_terminal = false;
};

} // namespace AppKeys
