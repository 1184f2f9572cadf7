#include "AuditAppNames.h"

#include "AuditAction.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

/// The name an entry gives its app, or empty when it says nothing about the name.
QString nameIn(const AuditEntry& entry)
{
    const QJsonObject& details = entry.details;
    if (entry.action == toStorageString(AuditAction::DetailsEdited))
        return details.value(u"changes"_s).toObject().value(u"name"_s).toObject().value(u"to"_s).toString();
    return details.value(u"name"_s).toString();
}

} // namespace

QList<AuditAction> AuditAppNames::namingActions()
{
    return {AuditAction::AppCreated, AuditAction::DetailsEdited, AuditAction::AppDeleted};
}

bool AuditAppNames::add(const AuditEntry& entry)
{
    if (entry.applicationId.isEmpty())
        return false;
    const bool known = m_names.contains(entry.applicationId);
    const QString before = m_names.value(entry.applicationId);
    if (const QString name = nameIn(entry); !name.isEmpty())
        m_names.insert(entry.applicationId, name);
    if (entry.action == toStorageString(AuditAction::AppDeleted))
        m_names.insert(entry.applicationId, tr("%1 (deleted)").arg(m_names.value(entry.applicationId)));
    return m_names.contains(entry.applicationId) != known || m_names.value(entry.applicationId) != before;
}

} // namespace AppKeys
