#pragma once

#include <QList>
#include <QStringList>

namespace AppKeys::AppenderProcesses {

/// Starts one appkeys_audit_appender per argument list, lets them append to the registry at the same moment (each is
/// connected before any starts, so that their writes overlap), and checks that each says it appended `count`.
/// Failures are QTest's: the caller checks QTest::currentTestFailed().
void runTogether(const QList<QStringList>& argumentLists, int count);

} // namespace AppKeys::AppenderProcesses
