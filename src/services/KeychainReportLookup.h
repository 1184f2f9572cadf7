#pragma once

#include "CachedBlockFile.h"
#include "KeychainReport.h"
#include "Result.h"
#include "Status.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>
#include <memory>

namespace AppKeys {

/// The last KeychainReport of a registry as KeychainReportFile keeps it, opened once and asked an app at a time
/// (`show`, `list`). The file's finding lines are sorted by their bytes and each begins with its app's id, so one app's
/// lines are found by a binary search over the file: a question costs the same whatever the report's size, the other
/// apps' lines are neither parsed nor held, and what is read stays within CachedBlockFile's cache. A question changes
/// the caches, const as it is: a lookup is asked by one thread at a time, and another thread asks a lookup of its own
/// (forAnotherThread).
class KeychainReportLookup
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::KeychainReportLookup)

public:
    /// A lookup with no report: every app unchecked.
    KeychainReportLookup() = default;

    /// The registry's last report; a lookup with no report when no sweep has written one yet.
    static Result<KeychainReportLookup> open(const QString& registryId);

    /// The report with one app's findings only; an Error when one of its lines is not one this version writes, or
    /// when the file was cut short while it was read.
    Result<KeychainReport> reportFor(const QString& applicationId) const;
    /// Every finding of the report, in the file's order (`appkeys repair` lists them); an Error as reportFor's.
    Status forEachFinding(const std::function<void(const KeychainReport::Finding&)>& visit) const;
    /// When and by whom the report was made, with no findings: unchecked when there is none.
    const KeychainReport& header() const { return m_header; }
    /// A lookup of the same report, read through the same open file, with caches of its own: `list --json` asks
    /// one on each thread that reads pages.
    KeychainReportLookup forAnotherThread() const;

private:
    struct Line
    {
        qint64 start = 0;
        QByteArray bytes; ///< without its newline
    };

    /// Hands `visit` each finding of the lines from `offset` on that begin with `prefix`, up to the first that does
    /// not.
    Status visitFindings(qint64 offset, QByteArrayView prefix,
                         const std::function<void(const KeychainReport::Finding&)>& visit) const;
    /// The finding line that `offset` falls in.
    Line lineAt(qint64 offset) const;
    /// lineAt() for the search's step `depth`, kept for the first steps.
    Line probe(qint64 offset, int depth) const;
    /// The offset of the first finding line that is not less than `prefix` (the file's size when none is).
    qint64 firstLineNotBefore(QByteArrayView prefix) const;

    std::unique_ptr<CachedBlockFile> m_file;
    qint64 m_linesStart = 0; ///< where the finding lines begin, after the header
    KeychainReport m_header; ///< when and by whom, with no findings
    /// Every search begins with the same steps: their lines (at most 2^KeptSteps - 1) are read once.
    static constexpr int KeptSteps = 12;
    mutable QHash<qint64, Line> m_keptLines;
};

} // namespace AppKeys
