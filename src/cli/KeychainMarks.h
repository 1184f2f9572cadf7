#pragma once

#include "AppOverview.h"
#include "KeychainReport.h"

#include <QJsonObject>
#include <memory>

namespace AppKeys {

class Database;

/// What `list` and `show` say about the credentials in this machine's keychain: the last KeychainReport of the registry
/// (written by the window's start, `alerts --send` and `repair`), so that a missing secret is shown, not hidden.
namespace KeychainMarks {

/// The registry's last report; an unchecked one when there is none or it cannot be read.
KeychainReport lastReport(const Database& database);
/// As lastReport(), with the findings of one app only (`show`).
KeychainReport lastReportFor(const Database& database, const QString& applicationId);
/// {"checked_at": time or null, "secret": state, "keys": [{"key_id", "hint", "state"}], "problems": [texts]}; the
/// keys listed are the live ones (revoked and expired keys need no plaintext).
QJsonObject json(const KeychainReport& report, const AppOverview& overview, const QDateTime& now);

} // namespace KeychainMarks

} // namespace AppKeys
