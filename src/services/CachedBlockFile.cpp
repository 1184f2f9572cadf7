#include "CachedBlockFile.h"

#include <cerrno>
#include <cstring>
#include <string_view>
#include <unistd.h>

namespace AppKeys {

CachedBlockFile::CachedBlockFile(std::shared_ptr<const QFile> file, qint64 blockSize, int cachedBlocks)
    : CachedBlockFile(file, file->size(), blockSize, cachedBlocks)
{
}

CachedBlockFile::CachedBlockFile(std::shared_ptr<const QFile> file, qint64 size, qint64 blockSize, int cachedBlocks)
    : m_file(std::move(file)), m_size(size), m_blockSize(blockSize), m_blocks(cachedBlocks)
{
}

std::unique_ptr<CachedBlockFile> CachedBlockFile::forAnotherThread() const
{
    return std::unique_ptr<CachedBlockFile>(new CachedBlockFile(m_file, m_size, m_blockSize, int(m_blocks.maxCost())));
}

QByteArray CachedBlockFile::read(qint64 offset, qint64 length) const
{
    QByteArray bytes;
    const qint64 end = std::min(offset + length, m_size);
    bytes.reserve(std::max<qint64>(end - offset, 0));
    for (qint64 at = offset; at < end;) {
        const QByteArray from = block(at / m_blockSize);
        const qint64 inBlock = at % m_blockSize;
        if (inBlock >= from.size())
            break; // read short: failed() says so
        const qint64 count = std::min<qint64>(from.size() - inBlock, end - at);
        bytes.append(from.constData() + inBlock, count);
        at += count;
    }
    return bytes;
}

qint64 CachedBlockFile::indexOf(char byte, qint64 from) const
{
    for (qint64 index = from / m_blockSize; index * m_blockSize < m_size; ++index) {
        const QByteArray bytes = block(index);
        const qint64 start = std::max<qint64>(from - index * m_blockSize, 0);
        const size_t found = std::string_view(bytes.constData(), size_t(bytes.size())).find(byte, size_t(start));
        if (found != std::string_view::npos)
            return index * m_blockSize + qint64(found);
        if (bytes.size() < m_blockSize)
            break;
    }
    return m_size;
}

qint64 CachedBlockFile::lastIndexOf(char byte, qint64 before) const
{
    for (qint64 index = (std::min(before, m_size) - 1) / m_blockSize; before > 0 && index >= 0; --index) {
        const QByteArray bytes = block(index);
        const qint64 length = std::min<qint64>(before - index * m_blockSize, bytes.size());
        // memrchr, not string_view::rfind, which goes a byte at a time: a lookup's search starts each of its steps
        // by finding the line it fell in, a few hundred bytes back (4 % of `list --json`'s instructions at 10k).
        const void* found = length > 0 ? ::memrchr(bytes.constData(), byte, size_t(length)) : nullptr;
        if (found)
            return index * m_blockSize + (static_cast<const char*>(found) - bytes.constData());
    }
    return -1;
}

QByteArray CachedBlockFile::block(qint64 index) const
{
    if (const QByteArray* cached = m_blocks.object(index))
        return *cached;
    const qint64 offset = index * m_blockSize;
    const qint64 expected = std::min(m_blockSize, m_size - offset);
    QByteArray bytes(std::max<qint64>(expected, 0), Qt::Uninitialized);
    qint64 filled = 0;
    // pread: one call, where QFile's seek and read take two (a question misses the cache a few times).
    while (filled < bytes.size()) {
        const ssize_t count =
            ::pread(m_file->handle(), bytes.data() + filled, size_t(bytes.size() - filled), off_t(offset + filled));
        if (count < 0 && errno == EINTR)
            continue;
        if (count <= 0)
            break;
        filled += count;
    }
    if (filled < bytes.size()) {
        bytes.truncate(filled);
        m_failed = true;
    }
    m_blocks.insert(index, new QByteArray(bytes));
    return bytes;
}

} // namespace AppKeys
