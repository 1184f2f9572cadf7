#include "SortedLines.h"

#include <QDir>
#include <algorithm>
#include <queue>

namespace AppKeys {

namespace {

bool writeLine(QIODevice& out, const QByteArray& line)
{
    return out.write(line) == line.size() && out.putChar('\n');
}

} // namespace

SortedLines::SortedLines(QString folder, qsizetype runBytes) : m_folder(std::move(folder)), m_runBytes(runBytes) {}

SortedLines::~SortedLines() = default;

Status SortedLines::add(QByteArray line)
{
    Q_ASSERT(!line.contains('\n'));
    if (!m_failed)
        return m_failed;
    m_heldBytes += line.size();
    m_held.push_back(std::move(line));
    ++m_count;
    if (m_heldBytes >= m_runBytes)
        m_failed = startSpill();
    return m_failed;
}

Status SortedLines::startSpill()
{
    if (Status before = finishSpill(); !before)
        return before;
    auto run = std::make_unique<QTemporaryFile>(QDir(m_folder).filePath(QStringLiteral("sorting-XXXXXX")));
    if (!run->open())
        return problem(run->errorString());
    QTemporaryFile* const file = run.get();
    m_runs.push_back(std::move(run));
    m_spilling = std::async(std::launch::async, [this, file, lines = std::exchange(m_held, {})]() mutable {
        return writeRun(*file, lines);
    });
    m_heldBytes = 0;
    return {};
}

Status SortedLines::finishSpill()
{
    return m_spilling.valid() ? m_spilling.get() : Status();
}

Status SortedLines::writeRun(QFileDevice& run, std::vector<QByteArray>& lines) const
{
    std::sort(lines.begin(), lines.end());
    for (const QByteArray& line : lines) {
        if (!writeLine(run, line))
            return problem(run.errorString());
    }
    // The last bytes of a full disk fail here, not in write(), which only fills a buffer.
    if (!run.flush())
        return problem(run.errorString());
    return {};
}

Status SortedLines::writeTo(QIODevice& out)
{
    if (m_failed)
        m_failed = finishSpill();
    if (!m_failed)
        return m_failed;
    if (m_runs.empty()) {
        std::sort(m_held.begin(), m_held.end());
        for (const QByteArray& line : m_held) {
            if (!writeLine(out, line))
                return problem(out.errorString());
        }
        return {};
    }
    if (Status spilled = startSpill(); !spilled)
        return spilled;
    if (Status spilled = finishSpill(); !spilled)
        return spilled;
    return merge(out);
}

Status SortedLines::merge(QIODevice& out)
{
    struct Head
    {
        QByteArray line; ///< without its newline, which would sort before bytes under 0x0A
        std::size_t run;
    };
    // std::priority_queue puts the greatest first: so "greater" puts the least line first.
    const auto later = [](const Head& left, const Head& right) {
        return left.line > right.line;
    };
    std::priority_queue<Head, std::vector<Head>, decltype(later)> heads(later);
    const auto readFrom = [this, &heads](std::size_t run) {
        QByteArray line = m_runs[run]->readLine();
        if (line.endsWith('\n'))
            heads.push({line.chopped(1), run});
    };
    for (std::size_t run = 0; run < m_runs.size(); ++run) {
        if (!m_runs[run]->seek(0))
            return problem(m_runs[run]->errorString());
        readFrom(run);
    }
    qsizetype written = 0;
    while (!heads.empty()) {
        Head head = heads.top();
        heads.pop();
        if (!writeLine(out, head.line))
            return problem(out.errorString());
        ++written;
        readFrom(head.run);
    }
    // A run that could not be read back would end early: the output would lack lines, so it is not trusted.
    if (written != m_count)
        return problem(tr("%1 of %2 lines were read back.").arg(written).arg(m_count));
    return {};
}

Error SortedLines::problem(const QString& detail) const
{
    return Error{tr("Could not sort the lines in %1: %2").arg(QDir::toNativeSeparators(m_folder), detail), {}};
}

} // namespace AppKeys
