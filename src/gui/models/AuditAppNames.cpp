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

QHash<QString, QString> AuditAppNames::fromEntries(const QList<AuditEntry>& entries)
{
    QHash<QString, QString> names;
    for (const AuditEntry& entry : entries) {
        if (entry.applicationId.isEmpty())
            continue;
        if (const QString name = nameIn(entry); !name.isEmpty())
            names.insert(entry.applicationId, name);
        if (entry.action == toStorageString(AuditAction::AppDeleted))
            names.insert(entry.applicationId, tr("%1 (deleted)").arg(names.value(entry.applicationId)));
    }
    return names;
}

} // namespace AppKeys
