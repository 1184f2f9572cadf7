#pragma once

#include <QProcess>
#include <QTemporaryDir>
#include <memory>

namespace AppKeys {

/// Debian's nginx, run by a test as its child (`daemon off;`) with a private configuration and prefix in a temporary
/// folder, on 127.0.0.1 only; stopped when this object goes.
class NginxProcess
{
public:
    /// The nginx program; empty when it is not installed (then the test skips, saying so).
    static QString program();
    /// A port of 127.0.0.1 that nothing listens on just now.
    static quint16 freePort();

    NginxProcess();
    ~NginxProcess();
    NginxProcess(const NginxProcess&) = delete;
    NginxProcess& operator=(const NginxProcess&) = delete;

    /// Starts nginx with `servers` (server blocks and upstreams) inside its http block, and waits (at most 30 s) until
    /// `readyPort` answers. False, with errorText(), when it did not.
    bool start(const QString& servers, quint16 readyPort);
    QString errorText() const { return m_errorText; }

private:
    QTemporaryDir m_prefix;
    std::unique_ptr<QProcess> m_process;
    QString m_errorText;
};

} // namespace AppKeys
