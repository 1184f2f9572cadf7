#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

namespace AppKeys {

class TerminalOutput;

/// A progress line for a command that runs longer than a moment ("Checking the audit trail: 340,000 of 1,000,000
/// entries"), rewritten in place on standard error and erased when the work ends. Shown only on a terminal, never into
/// a pipe, a file or a log, and only once the work has taken `delayMs`, so that a quick command prints nothing extra.
class TerminalProgress
{
public:
    /// `text` holds %1 (done) and %2 (total), numbers written in the user's locale.
    TerminalProgress(QTextStream& err, QString text, int delayMs = 1000);
    ~TerminalProgress();

    TerminalProgress(const TerminalProgress&) = delete;
    TerminalProgress& operator=(const TerminalProgress&) = delete;

    void update(qint64 done, qint64 total);
    /// For the next step of the work; shown from its first update().
    void setText(QString text) { m_text = std::move(text); }

private:
    QTextStream& m_err;
    QString m_text;
    int m_delayMs;
    TerminalOutput* m_terminal; ///< null when standard error is no terminal
    bool m_shown = false;
    QElapsedTimer m_started;
};

} // namespace AppKeys
