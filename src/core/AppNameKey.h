#pragma once

#include <QString>

namespace AppKeys {

/// The form in which app names are compared, for uniqueness and for finding an app by its name (apps.name_key):
/// trimmed, NFKC-normalised and case-folded, so that look-alikes collide: "Booking", "BOOKING " and the full-width
/// "Ｂｏｏｋｉｎｇ", or "ﬁles" with its ligature and "files". Invisible characters, which would make look-alikes of
/// any name, are refused in names altogether (AppDetailsValidator).
class AppNameKey
{
public:
    static QString of(const QString& name);
};

} // namespace AppKeys
