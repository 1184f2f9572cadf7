#pragma once

#include "AuditEntry.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace AppKeys {

/// The names of the apps an audit trail speaks of, deleted apps included, read from the trail itself:
/// app.created and app.details_edited give the name, app.deleted marks it "(deleted)".
class AuditAppNames
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::AuditAppNames)

public:
    /// `entries` in sequence order, the whole trail for complete names.
    static QHash<QString, QString> fromEntries(const QList<AuditEntry>& entries);
};

} // namespace AppKeys
