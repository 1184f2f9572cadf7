#pragma once

#include "AppOverview.h"
#include "JsonObjectText.h"
#include "KeychainReport.h"
#include "KeychainReportLookup.h"

#include <QJsonObject>
#include <memory>

namespace AppKeys {

class Database;

/// What `list` and `show` say about the credentials in this machine's keychain: the last KeychainReport of the registry
/// (written by the window's start, `alerts --send` and `repair`), so that a missing secret is shown, not hidden.
namespace KeychainMarks {

/// The registry's last report, opened to be asked an app at a time; one with no report (every app unchecked) when
/// there is none or it cannot be read.
KeychainReportLookup lastReports(const Database& database);
/// The last report with one app's findings; an unchecked one when they cannot be read.
KeychainReport lastReportFor(const KeychainReportLookup& reports, const QString& applicationId);
/// {"checked_at": time or null, "secret": state, "keys": [{"key_id", "hint", "state"}], "problems": [texts]}; the
/// keys listed are the live ones (revoked and expired keys need no plaintext).
QJsonObject json(const KeychainReport& report, const AppOverview& overview, const QDateTime& now);
/// json() as text, written as QJsonDocument writes it at `depth` (JsonObjectText), without building the object.
JsonObjectText jsonText(const KeychainReport& report, const AppOverview& overview, const QDateTime& now, int depth);

} // namespace KeychainMarks

} // namespace AppKeys
