#pragma once

#include "Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QTemporaryFile>
#include <memory>
#include <vector>

class QIODevice;

namespace AppKeys {

/// Lines sorted by their bytes (as unsigned values), however many are added, in bounded memory: they are held until
/// they come to runBytes, then sorted and written to a temporary file (a run), and the runs are merged as the lines are
/// written out. KeychainReportFile sorts a report's lines with it, so that a sweep that finds 190,000 credentials
/// missing holds a run of them (4 MiB), not all of them (over 100 MB).
/// The runs are nameless files where the system allows (QTemporaryFile on Linux), so a process killed meanwhile
/// leaves none behind. It may be filled on one thread and written out on another, one thread at a time.
class SortedLines
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::SortedLines)

public:
    static constexpr qsizetype DefaultRunBytes = 4 * 1024 * 1024;

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
    Status spill();
    Status merge(QIODevice& out);
    Error problem(const QString& detail) const;

    QString m_folder;
    qsizetype m_runBytes;
    std::vector<QByteArray> m_held; ///< not yet in a run
    qsizetype m_heldBytes = 0;
    qsizetype m_count = 0;
    std::vector<std::unique_ptr<QTemporaryFile>> m_runs; ///< each sorted, a line and its newline at a time
    Status m_failed;
};

} // namespace AppKeys
