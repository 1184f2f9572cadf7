#include "TerminalOutput.h"

#include "TerminalText.h"

#include <cerrno>
#include <unistd.h>

namespace AppKeys {

TerminalOutput::TerminalOutput(int fileDescriptor, QObject* parent)
    : QIODevice(parent), m_fileDescriptor(fileDescriptor)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalOutput::readData(char*, qint64)
{
    return -1;
}

qint64 TerminalOutput::writeData(const char* data, qint64 size)
{
    if (!m_failure.isEmpty())
        return -1;
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    if (!writeAll(TerminalText::escaped(text, TerminalText::LineBreaks::Keep).toUtf8()))
        return -1;
    return size;
}

bool TerminalOutput::isTerminal() const
{
    return ::isatty(m_fileDescriptor) == 1;
}

bool TerminalOutput::writeControl(const QByteArray& sequence)
{
    return m_failure.isEmpty() && writeAll(sequence);
}

bool TerminalOutput::writeAll(const QByteArray& bytes)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t result = ::write(m_fileDescriptor, bytes.constData() + written, size_t(bytes.size() - written));
        if (result < 0 && errno == EINTR)
            continue;
        if (result <= 0) {
            m_failure = qt_error_string(result < 0 ? errno : ENOSPC);
            setErrorString(m_failure);
            return false;
        }
        written += result;
    }
    return true;
}

} // namespace AppKeys
