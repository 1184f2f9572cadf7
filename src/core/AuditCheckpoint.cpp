#include "AuditCheckpoint.h"

#include "ErrorCode.h"
#include "IsoTime.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

const QString LineFormat = u"appkeys-audit-head/1 registry=%1 entry=%2 hash=%3 seen=%4"_s;

Error unreadable()
{
    return Error{
        QCoreApplication::translate("AppKeys::AuditCheckpoint", "This is not an audit checkpoint line of AppKeys."),
        QCoreApplication::translate("AppKeys::AuditCheckpoint",
                                    "Give the whole line that `appkeys audit checkpoint` printed, for example "
                                    "appkeys-audit-head/1 registry=… entry=42 hash=… seen=2025-03-01T10:00:00.000Z."),
        ErrorCode::InvalidInput};
}

} // namespace

QString AuditCheckpoint::toLine() const
{
    return LineFormat.arg(registryId).arg(sequence).arg(hash, IsoTime::text(seenAt));
}

Result<AuditCheckpoint> AuditCheckpoint::fromLine(const QString& line)
{
    static const QRegularExpression pattern(u"^appkeys-audit-head/1 registry=([0-9a-f-]{36}) entry=(\\d{1,18}) "
                                            "hash=([0-9a-f]{64}) seen=(\\S+)$"_s);
    const QRegularExpressionMatch match = pattern.match(line.trimmed());
    if (!match.hasMatch())
        return unreadable();
    const QDateTime seenAt = QDateTime::fromString(match.captured(4), Qt::ISODateWithMs);
    if (!seenAt.isValid())
        return unreadable();
    return AuditCheckpoint{match.captured(1), match.captured(2).toLongLong(), match.captured(3), seenAt.toUTC()};
}

} // namespace AppKeys
