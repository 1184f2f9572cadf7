#pragma once

#include <QProcess>
#include <QString>

namespace AppKeys {

/// appkeys_silent_secret_service as a child process: a Secret Service on this session bus that never answers. Only
/// on a session bus of the test's own (dbus-run-session), where no real keyring holds the name.
///
///     SilentSecretService silent;
///     QVERIFY2(silent.start(), qPrintable(silent.problem()));
class SilentSecretService
{
public:
    ~SilentSecretService();

    /// Starts it and waits until it owns org.freedesktop.secrets; false, with problem(), otherwise.
    bool start();
    QString problem() const { return m_problem; }

private:
    QProcess m_process;
    QString m_problem;
};

} // namespace AppKeys
