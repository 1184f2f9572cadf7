#pragma once

#include "SourceApp.h"

#include <QIcon>

namespace AppKeys {

/// The icon of a source app (External CMA: Mobile Booking, External Webstore: Web Booking, Bot: Bot Booking), from the
/// SVGs compiled into the gui library.
QIcon sourceAppIcon(SourceApp source);

} // namespace AppKeys
