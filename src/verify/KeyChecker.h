#pragma once

#include "KeyVerdict.h"

#include <QStringList>

namespace AppKeys {

class KeyIndex;
class ServiceLog;
class UsageTally;
class VerificationMetrics;

/// One verification as every endpoint makes it: the index's verdict, counted in the metrics, a valid key's use
/// tallied for "last used", and (with --log-requests) one log line that names the key by its hint only.
class KeyChecker
{
public:
    /// `usage` is null when nothing is recorded (a read-only registry); `requestLog` null without --log-requests.
    KeyChecker(const KeyIndex& index, VerificationMetrics& metrics, UsageTally* usage, ServiceLog* requestLog);

    /// `endpoint` names the endpoint in the log ("auth", "verify", "introspect").
    KeyVerdict check(QStringView token, const QStringList& required, const char* endpoint) const;

private:
    void log(const KeyVerdict& verdict, const char* endpoint, const QDateTime& now) const;

    const KeyIndex& m_index;
    VerificationMetrics& m_metrics;
    UsageTally* m_usage;
    ServiceLog* m_requestLog;
};

} // namespace AppKeys
