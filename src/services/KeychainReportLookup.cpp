#include "KeychainReportLookup.h"

#include "KeychainReportFile.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <string_view>

namespace AppKeys {

namespace {

std::string_view bytes(QByteArrayView view)
{
    return {view.data(), size_t(view.size())};
}

/// The line of `text` that `offset` falls in, without its newline.
QByteArrayView lineAt(QByteArrayView text, qsizetype offset)
{
    const std::string_view all = bytes(text);
    const size_t newlineBefore = offset == 0 ? std::string_view::npos : all.rfind('\n', size_t(offset) - 1);
    const size_t start = newlineBefore == std::string_view::npos ? 0 : newlineBefore + 1;
    const size_t end = std::min(all.find('\n', start), all.size());
    return text.sliced(qsizetype(start), qsizetype(end - start));
}

} // namespace

Result<KeychainReportLookup> KeychainReportLookup::open(const QString& registryId)
{
    KeychainReportLookup lookup;
    lookup.m_file = std::make_unique<QFile>(KeychainReportFile::pathFor(registryId));
    QFile& file = *lookup.m_file;
    if (!file.exists())
        return KeychainReportLookup();
    // Mapped, so only a regular file: a device or a pipe put in its place is refused, not read for ever.
    if (!QFileInfo(file).isFile())
        return Error{tr("The last keychain check %1 is not a file.").arg(file.fileName()), {}};
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Could not read the last keychain check %1: %2").arg(file.fileName(), file.errorString()), {}};
    const uchar* mapped = file.size() > 0 ? file.map(0, file.size()) : nullptr;
    if (file.size() > 0 && !mapped)
        return Error{tr("Could not read the last keychain check %1: %2").arg(file.fileName(), file.errorString()), {}};
    const QByteArrayView text(reinterpret_cast<const char*>(mapped), mapped ? file.size() : 0);
    const qsizetype headerEnd = text.indexOf('\n');
    const QByteArrayView header = headerEnd < 0 ? text : text.first(headerEnd);
    Result<KeychainReport> report =
        KeychainReport::fromJson(QJsonDocument::fromJson(header.toByteArray()).object(), {});
    if (!report)
        return report.error();
    lookup.m_header = std::move(report).value();
    lookup.m_lines = headerEnd < 0 ? QByteArrayView() : text.sliced(headerEnd + 1);
    return lookup;
}

Result<KeychainReport> KeychainReportLookup::reportFor(const QString& applicationId) const
{
    if (!m_header.isChecked())
        return KeychainReport();
    const QByteArray prefix = KeychainReport::findingLinePrefix(applicationId);
    QList<KeychainReport::Finding> findings;
    for (qsizetype offset = firstLineNotBefore(prefix); offset < m_lines.size();) {
        const QByteArrayView line = lineAt(m_lines, offset);
        if (!line.startsWith(prefix))
            break;
        Result<KeychainReport::Finding> finding = KeychainReport::findingFromLine(line);
        if (!finding)
            return finding.error();
        findings.append(std::move(finding).value());
        offset += line.size() + 1;
    }
    return KeychainReport(m_header.checkedAt(), m_header.checkedBy(), std::move(findings));
}

qsizetype KeychainReportLookup::firstLineNotBefore(QByteArrayView prefix) const
{
    // Both ends are line starts: every line before `low` is less than the prefix, no line from `high` on is.
    qsizetype low = 0;
    qsizetype high = m_lines.size();
    while (low < high) {
        const qsizetype middle = low + (high - low) / 2;
        const QByteArrayView line = lineAt(m_lines, middle);
        const qsizetype start = line.data() - m_lines.data();
        if (bytes(line) < bytes(prefix))
            low = std::min(start + line.size() + 1, m_lines.size());
        else
            high = start;
    }
    return low;
}

} // namespace AppKeys
