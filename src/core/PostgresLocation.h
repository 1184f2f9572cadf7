#pragma once

#include "Result.h"
#include "Status.h"

#include <QCoreApplication>
#include <QString>

namespace AppKeys {

/// Where a PostgreSQL registry is: postgresql://role@host[:port]/database[?parameters]. The URL never holds the
/// password, which AppKeys keeps in the keychain.
///
/// A server that is not this machine (any host but localhost or a loopback address) is reached over TLS with its
/// certificate checked against the host name (sslmode=verify-full) unless the URL names another sslmode. An sslmode
/// that may fall back to an unencrypted connection (disable, allow, prefer) to such a server is refused, because the
/// role's password and the registry would cross the network readable by anyone on it, unless the URL also says
/// allow_plaintext=yes: the documented override for a network the admin trusts.
///
/// Parameters: sslmode, sslrootcert (an absolute path to the CA certificates that sign the server's certificate;
/// libpq's default is ~/.postgresql/root.crt), channel_binding (disable, prefer, require), hostaddr (the server's IP
/// address, so that no name lookup is needed; the certificate is still checked against host) and allow_plaintext.
class PostgresLocation
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::PostgresLocation)

public:
    static constexpr int DefaultPort = 5432;
    /// libpq's connect_timeout: how long an unreachable server may keep the program waiting.
    static constexpr int ConnectTimeoutSeconds = 5;
    /// What a remote server gets without an sslmode in the URL.
    static constexpr auto RemoteDefaultSslMode = "verify-full";
    /// The URL parameter that lets an sslmode without TLS reach a remote server: allow_plaintext=yes.
    static constexpr auto AllowPlaintextParameter = "allow_plaintext";

    /// Whether `location` is meant as a PostgreSQL URL (postgresql:// or postgres://), valid or not.
    static bool isPostgresUrl(const QString& location);
    /// Whether the part before the host ("role:password@") holds a password, also in a URL that QUrl rejects.
    static bool hasPassword(const QString& url);
    /// Refuses, with the accepted form as hint, a URL with a password, without a role, host or database, or with
    /// a parameter or value it does not know; and, with ErrorCode::InsecureConnection, an sslmode that may not
    /// encrypt the connection to a remote server without allow_plaintext=yes. Error messages never repeat the URL,
    /// which may hold a password.
    static Result<PostgresLocation> parse(const QString& url);

    QString role() const { return m_role; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    /// Whether the host is this machine: localhost or a loopback address (127.0.0.0/8, ::1).
    bool isLocal() const;
    /// The sslmode libpq is given: the URL's, else verify-full for a remote server, else none (libpq's default).
    QString sslMode() const;
    /// "postgresql://role@host:port/database", with the default port spelled out, so that one registry always has
    /// the same name: in messages, the window title, and the keychain entry of its password.
    QString canonicalUrl() const;
    /// For QSqlDatabase::setConnectOptions: the connect timeout, the application name the server shows, and the TLS
    /// and address parameters.
    QString connectOptions() const;

private:
    Status checkTransportIsEncrypted() const;

    QString m_role;
    QString m_host;
    int m_port = DefaultPort;
    QString m_database;
    QString m_sslMode;
    QString m_sslRootCert;
    QString m_channelBinding;
    QString m_hostAddress;
    bool m_allowPlaintext = false;
};

} // namespace AppKeys
