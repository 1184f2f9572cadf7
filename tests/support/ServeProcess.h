#pragma once

#include <QProcess>
#include <QStringList>
#include <memory>

namespace AppKeys {

/// `appkeys serve` as its own process, as systemd or an admin runs it: on a free port of 127.0.0.1, stopped with
/// SIGTERM (and killed, should it not stop) when this object goes.
///
///     ServeProcess serve(CliProcess::program());
///     QVERIFY2(serve.start(registry.location()), qPrintable(serve.errorText()));
///     ... serve.url(u"/v1/auth"_s) ...
class ServeProcess
{
public:
    explicit ServeProcess(QString program);
    ~ServeProcess();
    ServeProcess(const ServeProcess&) = delete;
    ServeProcess& operator=(const ServeProcess&) = delete;

    /// Starts `appkeys serve --database LOCATION --listen 127.0.0.1:0 ARGUMENTS`, in English, with `environment`, and
    /// waits (at most 60 s) until it says where it listens. False, with errorText(), when it did not.
    bool start(const QString& location, const QStringList& arguments = {},
               const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    /// Sends SIGTERM and waits for the process to end; its exit code (-1 when it crashed or had to be killed).
    int stop();

    quint16 port() const { return m_port; }
    /// "http://127.0.0.1:PORT" + path
    QString url(const QString& path) const;
    /// What it wrote to standard error so far.
    QString log();
    QString errorText() const { return m_errorText; }

private:
    QString m_program;
    std::unique_ptr<QProcess> m_process;
    QString m_log;
    quint16 m_port = 0;
    QString m_errorText;
};

} // namespace AppKeys
