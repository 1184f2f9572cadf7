#pragma once

#include "Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QTemporaryFile>
#include <future>
#include <memory>
#include <vector>

class QFileDevice;
class QIODevice;

namespace AppKeys {

/// Lines sorted by their bytes (as unsigned values), however many are added, in bounded memory: they are held until
/// they come to runBytes, then sorted and written to a temporary file (a run), and the runs are merged as the lines are
/// written out. KeychainReportFile sorts a report's lines with it, so that a sweep that finds 190,000 credentials
/// missing holds two runs of them (2 MiB each), not all of them (over 100 MB).
/// The runs are nameless files where the system allows (QTemporaryFile on Linux), so a process killed meanwhile
/// leaves none behind. A run is sorted and written on a thread of its own while more lines come (std::async): on the
/// window's thread a run took 20-40 ms during a keychain sweep. It may be filled on one thread and written out on
/// another, one thread at a time.
class SortedLines
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::SortedLines)

public:
    /// Two runs are held while one is written: 2 MiB each keep the memory of one run of 4 MiB.
    static constexpr qsizetype DefaultRunBytes = 2 * 1024 * 1024;

    /// Runs go to `folder`, which must exist.
    explicit SortedLines(QString folder, qsizetype runBytes = DefaultRunBytes);
    ~SortedLines();
    SortedLines(const SortedLines&) = delete;
    SortedLines& operator=(const SortedLines&) = delete;

    /// Adds a line, which holds no newline. Once a run could not be written (a full disk), the error is kept, and
    /// later lines are dropped: add() and writeTo() give it.
    Status add(QByteArray line);
    qsizetype count() const { return m_count; }
    /// Writes every line added, each followed by a newline, in order of their bytes.
    Status writeTo(QIODevice& out);

private:
    /// Starts writing the held lines as a run, once the run before it is written.
    Status startSpill();
    /// Waits for the run being written, if any.
    Status finishSpill();
    Status writeRun(QFileDevice& run, std::vector<QByteArray>& lines) const;
    Status merge(QIODevice& out);
    Error problem(const QString& detail) const;

    QString m_folder;
    qsizetype m_runBytes;
    std::vector<QByteArray> m_held; ///< not yet in a run
    qsizetype m_heldBytes = 0;
    qsizetype m_count = 0;
    std::vector<std::unique_ptr<QTemporaryFile>> m_runs; ///< each sorted, a line and its newline at a time
    Status m_failed;
    std::future<Status> m_spilling; ///< the last run while it is written; last: its end is awaited first
};

} // namespace AppKeys
