#pragma once

#include <QByteArray>
#include <QCache>
#include <QFile>
#include <memory>

namespace AppKeys {

/// A file read at any offset through a bounded cache of its blocks. KeychainReportLookup's binary search reads a few
/// hundred bytes at a time from a report of tens of MB: a mapping would count every page `list` touches as the
/// program's resident memory (93 MB at 100,000 apps), where this holds the cache at most. The last steps of a search
/// fall in a few neighbouring blocks, which the cache keeps for the steps after them.
/// A read that fails or comes short (a file cut while open) gives fewer bytes and marks the file failed(): the
/// reader gets a finite, distrusted answer, never a crash.
class CachedBlockFile
{
public:
    static constexpr qint64 DefaultBlockSize = 4096;
    static constexpr int DefaultCachedBlocks = 256; ///< 1 MiB

    /// Reads `file`, open for reading, as it is now (its size is taken once).
    explicit CachedBlockFile(std::shared_ptr<const QFile> file, qint64 blockSize = DefaultBlockSize,
                             int cachedBlocks = DefaultCachedBlocks);

    /// Another reader of the same open file, at the size this one took, with a cache of its own: for another thread
    /// (pread moves no shared offset, and the caches are not locked).
    std::unique_ptr<CachedBlockFile> forAnotherThread() const;

    qint64 size() const { return m_size; }
    /// True once a read failed or gave fewer bytes than size() promised.
    bool failed() const { return m_failed; }

    /// The bytes from `offset` on, at most `length` of them.
    QByteArray read(qint64 offset, qint64 length) const;
    /// The offset of the first `byte` at or after `from`; size() when there is none.
    qint64 indexOf(char byte, qint64 from) const;
    /// The offset of the last `byte` before `before`; -1 when there is none.
    qint64 lastIndexOf(char byte, qint64 before) const;

private:
    CachedBlockFile(std::shared_ptr<const QFile> file, qint64 size, qint64 blockSize, int cachedBlocks);
    QByteArray block(qint64 index) const;

    std::shared_ptr<const QFile> m_file;
    qint64 m_size = 0;
    qint64 m_blockSize = DefaultBlockSize;
    mutable QCache<qint64, QByteArray> m_blocks; ///< block index -> its bytes, the least recently read dropped first
    mutable bool m_failed = false;
};

} // namespace AppKeys
