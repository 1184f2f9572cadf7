#pragma once

#include <QJsonObject>
#include <QString>

namespace AppKeys {

/// An audit entry's details (JSON) as one line a person can read in a table cell: "name: “A” → “B”; added:
/// guests.read". The whole JSON stays available for the tooltip and the export.
class AuditDetailsText
{
public:
    static QString summary(const QJsonObject& details);
    /// Indented JSON, for a tooltip.
    static QString full(const QJsonObject& details);
};

} // namespace AppKeys
