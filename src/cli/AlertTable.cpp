#include "AlertTable.h"

#include "TableTime.h"
#include "TextTable.h"

namespace AppKeys {

void AlertTable::write(const QList<ExpiryAlert>& alerts, QTextStream& out)
{
    TextTable table({tr("Key"), tr("App"), tr("Expires"), tr("Days left"), tr("Threshold (days)"), tr("Attempts"),
                     tr("Last error")});
    for (const ExpiryAlert& alert : alerts) {
        table.addRow({alert.keyHint, alert.applicationName, TableTime::minutes(alert.expiresAt),
                      alert.expired ? tr("expired") : QString::number(alert.daysLeft),
                      QString::number(alert.thresholdDays), QString::number(alert.attempts),
                      alert.lastError.isEmpty() ? TableTime::none() : alert.lastError});
    }
    table.write(out);
}

} // namespace AppKeys
