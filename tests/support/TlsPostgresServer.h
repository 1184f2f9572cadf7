#pragma once

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace AppKeys {

/// A second, private PostgreSQL server that only accepts TLS (hostssl), with a test CA made by openssl: a certificate
/// for hostName() signed by caFile(), and another CA (otherCaFile()) that signed nothing of it. It listens on
/// 127.0.0.1 on a port of its own, in a folder of its own, and is stopped and removed with this object. The URL
/// reaches it under its host name through hostaddr=127.0.0.1, so that no name lookup is needed.
class TlsPostgresServer
{
public:
    /// Empty when initdb, pg_ctl and openssl are there; otherwise why not, for QSKIP.
    static QString unavailableReason();

    TlsPostgresServer();
    ~TlsPostgresServer();
    TlsPostgresServer(const TlsPostgresServer&) = delete;
    TlsPostgresServer& operator=(const TlsPostgresServer&) = delete;

    /// Makes the certificates and the cluster and starts the server (bounded: 30 s); false with errorText() if not.
    bool start();
    QString errorText() const { return m_errorText; }

    static QString hostName() { return QStringLiteral("db.appkeys.test"); }
    int port() const { return m_port; }
    QString caFile() const;
    QString otherCaFile() const;
    /// The superuser "postgres", who may log in over TLS with this password.
    QString password() const { return m_password; }
    /// postgresql://postgres@HOST:PORT/postgres?hostaddr=127.0.0.1 followed by `parameters` ("&sslrootcert=…").
    QString url(const QString& host, const QString& parameters = {}) const;

private:
    bool makeCertificates();
    bool makeCluster();
    bool startCluster();
    /// Runs a server program, as the postgres user when this test runs as root (PostgreSQL refuses root).
    bool runAsServer(const QString& program, const QStringList& arguments);
    bool run(const QString& program, const QStringList& arguments);

    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_binDir;
    QString m_password;
    int m_port = 0;
    bool m_started = false;
    QString m_errorText;
};

} // namespace AppKeys
