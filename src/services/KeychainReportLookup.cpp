#include "KeychainReportLookup.h"

#include "KeychainReportFile.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <string_view>

namespace AppKeys {

Result<KeychainReportLookup> KeychainReportLookup::open(const QString& registryId)
{
    auto file = std::make_unique<QFile>(KeychainReportFile::pathFor(registryId));
    if (!file->exists())
        return KeychainReportLookup();
    // Read by its size, so only a regular file: a device or a pipe put in its place is refused, not read for ever.
    if (!QFileInfo(*file).isFile())
        return Error{tr("The last keychain check %1 is not a file.").arg(file->fileName()), {}};
    // Unbuffered: CachedBlockFile reads whole blocks with pread through the handle and keeps them itself.
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error{tr("Could not read the last keychain check %1: %2").arg(file->fileName(), file->errorString()),
                     {}};
    KeychainReportLookup lookup;
    lookup.m_file = std::make_unique<CachedBlockFile>(std::move(file));
    const qint64 headerEnd = lookup.m_file->indexOf('\n', 0);
    Result<KeychainReport> report =
        KeychainReport::fromJson(QJsonDocument::fromJson(lookup.m_file->read(0, headerEnd)).object(), {});
    if (!report)
        return report.error();
    lookup.m_header = std::move(report).value();
    lookup.m_linesStart = std::min(headerEnd + 1, lookup.m_file->size());
    return lookup;
}

KeychainReportLookup KeychainReportLookup::forAnotherThread() const
{
    KeychainReportLookup lookup;
    if (m_file)
        lookup.m_file = m_file->forAnotherThread();
    lookup.m_linesStart = m_linesStart;
    lookup.m_header = m_header;
    return lookup;
}

Result<KeychainReport> KeychainReportLookup::reportFor(const QString& applicationId) const
{
    if (!m_header.isChecked())
        return KeychainReport();
    const QByteArray prefix = KeychainReport::findingLinePrefix(applicationId);
    QList<KeychainReport::Finding> findings;
    if (Status read = visitFindings(firstLineNotBefore(prefix), prefix,
                                    [&findings](const KeychainReport::Finding& finding) { findings.append(finding); });
        !read)
        return read.error();
    return KeychainReport(m_header.checkedAt(), m_header.checkedBy(), std::move(findings));
}

Status KeychainReportLookup::forEachFinding(const std::function<void(const KeychainReport::Finding&)>& visit) const
{
    if (!m_header.isChecked())
        return {};
    return visitFindings(m_linesStart, {}, visit);
}

Status KeychainReportLookup::visitFindings(qint64 offset, QByteArrayView prefix,
                                           const std::function<void(const KeychainReport::Finding&)>& visit) const
{
    while (offset < m_file->size()) {
        const Line line = lineAt(offset);
        if (!line.bytes.startsWith(prefix))
            break;
        const Result<KeychainReport::Finding> finding = KeychainReport::findingFromLine(line.bytes);
        if (!finding)
            return finding.error();
        visit(finding.value());
        offset += line.bytes.size() + 1;
    }
    // A file cut short while open reads short: what was found may be wrong, so it is untrusted, as a damaged one is.
    if (m_file->failed())
        return KeychainReport::unreadable();
    return {};
}

KeychainReportLookup::Line KeychainReportLookup::lineAt(qint64 offset) const
{
    // The header's newline ends the search back, so a line never starts before m_linesStart.
    const qint64 start = m_file->lastIndexOf('\n', offset) + 1;
    return {start, m_file->read(start, m_file->indexOf('\n', start) - start)};
}

KeychainReportLookup::Line KeychainReportLookup::probe(qint64 offset, int depth) const
{
    if (depth >= KeptSteps)
        return lineAt(offset);
    if (const auto kept = m_keptLines.constFind(offset); kept != m_keptLines.cend())
        return *kept;
    return *m_keptLines.insert(offset, lineAt(offset));
}

qint64 KeychainReportLookup::firstLineNotBefore(QByteArrayView prefix) const
{
    // Both ends are line starts: every line before `low` is less than the prefix, no line from `high` on is.
    // Compared as std::string_view, byte by byte as unsigned values, as the writer sorted them.
    const std::string_view wanted(prefix.data(), size_t(prefix.size()));
    qint64 low = m_linesStart;
    qint64 high = m_file->size();
    // A short read (the file cut while open) breaks the order the search relies on: it stops, and reportFor says so.
    for (int depth = 0; low < high && !m_file->failed(); ++depth) {
        const Line line = probe(low + (high - low) / 2, depth);
        if (std::string_view(line.bytes.constData(), size_t(line.bytes.size())) < wanted)
            low = std::min(line.start + line.bytes.size() + 1, m_file->size());
        else
            high = line.start;
    }
    return low;
}

} // namespace AppKeys
