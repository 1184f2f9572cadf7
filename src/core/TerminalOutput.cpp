#include "TerminalOutput.h"

#include "TerminalText.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace AppKeys {

namespace {

/// The bytes that TerminalText keeps as they are, whatever surrounds them: printable ASCII and the line feed. A table,
/// as every byte of the output is looked up.
constexpr std::array<bool, 256> PlainBytes = [] {
    std::array<bool, 256> plain{};
    for (int byte = 0x20; byte < 0x7f; ++byte)
        plain[byte] = true;
    plain['\n'] = true;
    return plain;
}();

bool isPlain(char byte)
{
    return PlainBytes[uchar(byte)];
}

/// Whether the eight bytes at `bytes` are all plain (isPlain), tested at once. Each test works on the low seven bits
/// of every byte, whose sums never carry into the next byte, so each byte's answer is exact.
bool arePlain(const char* bytes)
{
    constexpr quint64 EachByte = 0x0101010101010101ULL;
    constexpr quint64 HighBits = EachByte * 0x80;
    constexpr quint64 LowBits = EachByte * 0x7f;
    quint64 word = 0;
    std::memcpy(&word, bytes, sizeof word);
    const quint64 low = word & LowBits;
    const quint64 ascii = ~word & HighBits;
    const quint64 fromSpace = (low + EachByte * (0x80 - 0x20)) & HighBits;
    const quint64 isDelete = (low + EachByte * (0x80 - 0x7f)) & HighBits;
    const quint64 aside = word ^ (EachByte * '\n');
    const quint64 isLineFeed = ~(((aside & LowBits) + LowBits) | aside) & HighBits;
    return ((ascii & fromSpace & ~isDelete) | isLineFeed) == HighBits;
}

/// Eight bytes at a time while all are plain; the eight with something else, byte by byte. The table alone cost six
/// instructions a byte of `list --json`'s output, 4 % of all its instructions.
const char* plainEnd(const char* begin, const char* end)
{
    constexpr qsizetype WordSize = 8;
    for (;;) {
        while (end - begin >= WordSize && arePlain(begin))
            begin += WordSize;
        const char* const wordEnd = begin + std::min<qsizetype>(WordSize, end - begin);
        for (; begin != wordEnd; ++begin) {
            if (!isPlain(*begin))
                return begin;
        }
        if (begin == end)
            return end;
    }
}

} // namespace

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
    QByteArray bytes = m_heldBytes;
    bytes.append(data, size);
    m_heldBytes = bytes.last(heldTail(bytes));
    bytes.chop(m_heldBytes.size());
    if (!writeAll(escaped(bytes)))
        return -1;
    return size;
}

/// Plain bytes are copied as they are; only the stretches between them are decoded and escaped (decoding and escaping
/// every byte was a sixth of `list --json`'s instructions, whose text is nearly all plain). A plain byte is never part
/// of another character, so the stretches decode as the whole text would.
QByteArray TerminalOutput::escaped(QByteArrayView bytes)
{
    QByteArray written;
    written.reserve(bytes.size());
    const char* const end = bytes.end();
    const char* next = bytes.begin();
    while (next != end) {
        const char* const stretch = plainEnd(next, end);
        written.append(next, stretch - next);
        const char* stretchEnd = std::find_if(stretch, end, isPlain);
        if (stretchEnd != end && stretchEnd != stretch && stretchEnd[-1] == '\r' && *stretchEnd == '\n')
            ++stretchEnd; // a line break, kept
        const QString text = QString::fromUtf8(QByteArrayView(stretch, stretchEnd));
        written += TerminalText::escaped(text, TerminalText::LineBreaks::Keep).toUtf8();
        next = stretchEnd;
    }
    return written;
}

/// How many bytes at the end of `bytes` begin a character whose other bytes are still to come.
qsizetype TerminalOutput::heldTail(QByteArrayView bytes)
{
    for (qsizetype back = 1; back <= std::min<qsizetype>(3, bytes.size()); ++back) {
        const auto byte = uchar(bytes[bytes.size() - back]);
        if ((byte & 0xc0) == 0x80)
            continue; // a continuation byte
        const int length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
        return length > back ? back : 0;
    }
    return 0;
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
