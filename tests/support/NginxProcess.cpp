#include "NginxProcess.h"

#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

constexpr int StartTimeoutMs = 30000;

bool answers(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    return socket.waitForConnected(200);
}

} // namespace

QString NginxProcess::program()
{
    return QStandardPaths::findExecutable(u"nginx"_s, {u"/usr/sbin"_s, u"/usr/bin"_s, u"/usr/local/sbin"_s});
}

quint16 NginxProcess::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

NginxProcess::NginxProcess()
{
    // nginx's workers run as nobody when it is started as root: they must be able to reach their temporary files.
    QFile::setPermissions(m_prefix.path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
}

NginxProcess::~NginxProcess()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(10000))
        m_process->kill();
    m_process->waitForFinished();
}

bool NginxProcess::start(const QString& servers, quint16 readyPort)
{
    const QString configuration =
        u"daemon off;\n"
        "master_process on;\n"
        "worker_processes 1;\n"
        "pid %1/nginx.pid;\n"
        "error_log %1/error.log warn;\n"
        "events { worker_connections 1024; }\n"
        "http {\n"
        "    access_log off;\n"
        "    client_body_temp_path %1/body; proxy_temp_path %1/proxy;\n"
        "    fastcgi_temp_path %1/fastcgi; uwsgi_temp_path %1/uwsgi; scgi_temp_path %1/scgi;\n"
        "%2\n"
        "}\n"_s.arg(m_prefix.path(), servers);
    QFile file(m_prefix.filePath(u"nginx.conf"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(configuration.toUtf8()) < 0) {
        m_errorText = u"Could not write %1"_s.arg(file.fileName());
        return false;
    }
    file.close();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(program(), {u"-c"_s, file.fileName(), u"-p"_s, m_prefix.path() + u'/'});
    const bool ready = QTest::qWaitFor([&] { return m_process->state() == QProcess::NotRunning || answers(readyPort); },
                                       StartTimeoutMs);
    if (ready && m_process->state() != QProcess::NotRunning)
        return true;
    QFile errors(m_prefix.filePath(u"error.log"_s));
    errors.open(QIODevice::ReadOnly);
    m_errorText = u"nginx did not start: %1 %2 %3"_s.arg(
        m_process->errorString(), QString::fromUtf8(m_process->readAll()), QString::fromUtf8(errors.readAll()));
    return false;
}

} // namespace AppKeys
