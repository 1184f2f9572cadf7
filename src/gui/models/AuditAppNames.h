#pragma once

#include "AuditAction.h"
#include "AuditEntry.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace AppKeys {

/// The names of the apps an audit trail speaks of, deleted apps included, read from the trail itself:
/// app.created and app.details_edited give the name, app.deleted marks it "(deleted)". Only those entries are needed,
/// so the audit trail window reads them alone, not the whole trail.
class AuditAppNames
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::AuditAppNames)

public:
    /// The actions whose entries name an app or mark it deleted.
    static QList<AuditAction> namingActions();

    /// Takes one entry; each app's entries must come in sequence order, so that its last name wins. Returns whether
    /// an app's name changed (most edits leave it as it was).
    bool add(const AuditEntry& entry);
    const QHash<QString, QString>& names() const { return m_names; }

private:
    QHash<QString, QString> m_names;
};

} // namespace AppKeys
