#pragma once

#include "HttpReply.h"

#include <QStringList>

namespace AppKeys {

/// A request made with curl, as a client of the protected API would make it.
namespace CurlRequest {
/// Empty when curl is installed; otherwise what to install.
QString unavailableReason();
/// GET `url` with `headers` ("Name: value"), waiting at most 10 s.
HttpReply get(const QString& url, const QStringList& headers = {});
} // namespace CurlRequest

} // namespace AppKeys
