#include "AuditTable.h"

#include "IsoTime.h"
#include "TextTable.h"

#include <QJsonDocument>

namespace AppKeys {

void AuditTable::write(const QList<AuditEntry>& entries, QTextStream& out, const QString& indent)
{
    TextTable table(
        {tr("Seq"), tr("Time (UTC)"), tr("Actor"), tr("Action"), tr("Application ID"), tr("Key"), tr("Details")});
    for (const AuditEntry& entry : entries) {
        const QString details = entry.details.isEmpty()
                                    ? QString()
                                    : QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact));
        table.addRow({QString::number(entry.sequence), IsoTime::text(entry.timestamp), entry.actor, entry.action,
                      entry.applicationId, entry.keyHint, details});
    }
    table.write(out, indent);
}

} // namespace AppKeys
