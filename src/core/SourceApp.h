#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace AppKeys {

enum class SourceApp
{
    ExternalCma,      ///< bookings carry the Mobile Booking icon
    ExternalWebstore, ///< bookings carry the Web Booking icon
    ClientApp,        ///< the business's own client app
    Bot               ///< bookings carry the Bot Booking icon
};

QList<SourceApp> allSourceApps();
/// Stable identifier used in the database and on the command line ("external_cma", ...).
QString toStorageString(SourceApp source);
std::optional<SourceApp> sourceAppFromStorageString(const QString& text);
/// Translated label, worded as in the seed flow ("External CMA", ...).
QString displayName(SourceApp source);
/// Translated one-line explanation of what choosing this source means.
QString explanation(SourceApp source);

} // namespace AppKeys
