#pragma once

#include <QIODevice>

namespace AppKeys {

/// Standard output or standard error as AppKeys writes to them: every text passes through TerminalText (line breaks
/// kept), so that whatever a registry holds, a terminal shows it and does not act on it; and every write is checked
/// to its last byte, so that a full disk or a closed pipe is reported rather than lost. For a QTextStream.
class TerminalOutput : public QIODevice
{
    Q_OBJECT
public:
    /// Opens for writing to the file descriptor, which stays open (STDOUT_FILENO, STDERR_FILENO).
    explicit TerminalOutput(int fileDescriptor, QObject* parent = nullptr);

    /// The system's reason for the first write that failed ("No space left on device"); empty while none failed.
    /// Nothing more is written after a failure.
    QString failure() const { return m_failure; }
    /// Whether the descriptor is a terminal (not a pipe, a file or /dev/null).
    bool isTerminal() const;
    /// Writes control characters of AppKeys' own unescaped: a progress line's carriage return and erase
    /// (TerminalProgress). Whatever a registry holds still goes through write(), escaped.
    bool writeControl(const QByteArray& sequence);

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    static QByteArray escaped(QByteArrayView bytes);
    static qsizetype heldTail(QByteArrayView bytes);
    bool writeAll(const QByteArray& bytes);

    int m_fileDescriptor;
    /// The start of a character whose other UTF-8 bytes come in the next write.
    QByteArray m_heldBytes;
    QString m_failure;
};

} // namespace AppKeys
