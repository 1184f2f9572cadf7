#include "TlsPostgresServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUuid>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

constexpr int ProgramTimeoutMs = 60000;

/// The folder of initdb and pg_ctl, as scripts/with-postgres finds it.
QString findBinDir()
{
    QStringList candidates{qEnvironmentVariable("APPKEYS_POSTGRES_BINDIR"), u"/usr/lib/postgresql/15/bin"_s};
    const QFileInfoList versions =
        QDir(u"/usr/lib/postgresql"_s).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QFileInfo& version : versions)
        candidates.append(version.filePath() + u"/bin"_s);
    for (const QString& candidate : candidates) {
        if (!candidate.isEmpty() && QFile::exists(candidate + u"/initdb"_s) && QFile::exists(candidate + u"/pg_ctl"_s))
            return candidate;
    }
    return {};
}

bool writeFile(const QString& path, const QByteArray& content, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile file(path);
    return file.open(mode) && file.write(content) == content.size();
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool runningAsRoot()
{
    return geteuid() == 0;
}

} // namespace

QString TlsPostgresServer::unavailableReason()
{
    if (findBinDir().isEmpty())
        return u"PostgreSQL's initdb and pg_ctl were not found: install them with scripts/install-deps --test"_s;
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
        return u"openssl was not found"_s;
    if (runningAsRoot() && QStandardPaths::findExecutable(u"runuser"_s).isEmpty())
        return u"running as root without runuser, so the server cannot run as postgres"_s;
    return {};
}

TlsPostgresServer::TlsPostgresServer()
    : m_folder(std::make_unique<QTemporaryDir>(u"/tmp/appkeys-tls-XXXXXX"_s)), m_binDir(findBinDir()),
      m_password(QUuid::createUuid().toString(QUuid::Id128))
{
}

TlsPostgresServer::~TlsPostgresServer()
{
    if (m_started)
        runAsServer(m_binDir + u"/pg_ctl"_s,
                    {u"stop"_s, u"-D"_s, m_folder->filePath(u"data"_s), u"-m"_s, u"immediate"_s, u"-s"_s});
}

bool TlsPostgresServer::start()
{
    if (!m_folder->isValid()) {
        m_errorText = m_folder->errorString();
        return false;
    }
    return makeCertificates() && makeCluster() && startCluster();
}

QString TlsPostgresServer::caFile() const
{
    return m_folder->filePath(u"ca.crt"_s);
}

QString TlsPostgresServer::otherCaFile() const
{
    return m_folder->filePath(u"other-ca.crt"_s);
}

QString TlsPostgresServer::url(const QString& host, const QString& parameters) const
{
    return u"postgresql://postgres@%1:%2/postgres?hostaddr=127.0.0.1%3"_s.arg(host).arg(m_port).arg(parameters);
}

bool TlsPostgresServer::makeCertificates()
{
    const QString dir = m_folder->path();
    const QStringList ecKey{u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
    const auto selfSigned = [&](const QString& name, const QString& subject) {
        return run(u"openssl"_s,
                   QStringList{u"req"_s, u"-x509"_s} + ecKey +
                       QStringList{u"-keyout"_s, dir + u"/%1.key"_s.arg(name), u"-out"_s, dir + u"/%1.crt"_s.arg(name),
                                   u"-days"_s, u"2"_s, u"-subj"_s, subject});
    };
    return selfSigned(u"ca"_s, u"/CN=AppKeys test CA"_s) && selfSigned(u"other-ca"_s, u"/CN=Somebody else's CA"_s) &&
           run(u"openssl"_s, QStringList{u"req"_s} + ecKey +
                                 QStringList{u"-keyout"_s, dir + u"/server.key"_s, u"-out"_s, dir + u"/server.csr"_s,
                                             u"-subj"_s, u"/CN="_s + hostName()}) &&
           writeFile(dir + u"/server.ext"_s, "subjectAltName=DNS:" + hostName().toLatin1() + '\n') &&
           run(u"openssl"_s, {u"x509"_s, u"-req"_s, u"-in"_s, dir + u"/server.csr"_s, u"-CA"_s, caFile(), u"-CAkey"_s,
                              dir + u"/ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, dir + u"/server.crt"_s, u"-days"_s,
                              u"2"_s, u"-extfile"_s, dir + u"/server.ext"_s});
}

bool TlsPostgresServer::makeCluster()
{
    const QString dir = m_folder->path();
    if (!writeFile(dir + u"/password"_s, m_password.toLatin1() + '\n'))
        return false;
    QFile::setPermissions(dir + u"/server.key"_s, QFile::ReadOwner | QFile::WriteOwner);
    if (runningAsRoot() && !run(u"chown"_s, {u"-R"_s, u"postgres:"_s, dir}))
        return false;
    if (!runAsServer(m_binDir + u"/initdb"_s,
                     {u"-D"_s, dir + u"/data"_s, u"-U"_s, u"postgres"_s, u"--pwfile"_s, dir + u"/password"_s,
                      u"--auth-local=trust"_s, u"--auth-host=scram-sha-256"_s, u"--encoding=UTF8"_s,
                      u"--locale=C.UTF-8"_s, u"--no-sync"_s}))
        return false;
    // Only TLS connections from 127.0.0.1 may log in; a plain one finds no pg_hba.conf line.
    return writeFile(dir + u"/data/pg_hba.conf"_s,
                     "local all all trust\nhostssl all all 127.0.0.1/32 scram-sha-256\n") &&
           writeFile(dir + u"/data/postgresql.conf"_s,
                     u"\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '%1'\nssl = on\n"
                     "ssl_cert_file = '%1/server.crt'\nssl_key_file = '%1/server.key'\nfsync = off\n"_s.arg(dir)
                         .toUtf8(),
                     QIODevice::Append);
}

bool TlsPostgresServer::startCluster()
{
    const QString data = m_folder->filePath(u"data"_s);
    for (int attempt = 0; attempt < 3 && !m_started; ++attempt) {
        m_port = freePort();
        m_started = runAsServer(m_binDir + u"/pg_ctl"_s,
                                {u"start"_s, u"-D"_s, data, u"-w"_s, u"-t"_s, u"30"_s, u"-s"_s, u"-l"_s,
                                 m_folder->filePath(u"server.log"_s), u"-o"_s, u"-c port=%1"_s.arg(m_port)});
    }
    if (!m_started) {
        QFile log(m_folder->filePath(u"server.log"_s));
        if (log.open(QIODevice::ReadOnly))
            m_errorText += QString::fromUtf8(log.readAll());
    }
    return m_started;
}

bool TlsPostgresServer::runAsServer(const QString& program, const QStringList& arguments)
{
    if (runningAsRoot())
        return run(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + arguments);
    return run(program, arguments);
}

bool TlsPostgresServer::run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (process.waitForFinished(ProgramTimeoutMs) && process.exitStatus() == QProcess::NormalExit &&
        process.exitCode() == 0)
        return true;
    if (process.state() != QProcess::NotRunning)
        process.kill();
    m_errorText = u"%1 %2 failed: %3"_s.arg(program, arguments.join(u' '), QString::fromUtf8(process.readAll()));
    return false;
}

} // namespace AppKeys
