#pragma once

#include "AuditEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QTextStream>

namespace AppKeys {

/// Audit entries as a text table, for `appkeys audit` and the history in `appkeys show`.
class AuditTable
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::AuditTable)

public:
    static void write(const QList<AuditEntry>& entries, QTextStream& out, const QString& indent = {});
};

} // namespace AppKeys
