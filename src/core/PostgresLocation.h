#pragma once

#include "Result.h"

#include <QString>

namespace AppKeys {

/// Where a PostgreSQL registry is: postgresql://role@host[:port]/database[?sslmode=…]. The URL never holds the
/// password, which AppKeys keeps in the keychain.
class PostgresLocation
{
public:
    static constexpr int DefaultPort = 5432;
    /// libpq's connect_timeout: how long an unreachable server may keep the program waiting.
    static constexpr int ConnectTimeoutSeconds = 5;

    /// Whether `location` is meant as a PostgreSQL URL (postgresql:// or postgres://), valid or not.
    static bool isPostgresUrl(const QString& location);
    /// Whether the part before the host ("role:password@") holds a password, also in a URL that QUrl rejects.
    static bool hasPassword(const QString& url);
    /// Refuses, with the accepted form as hint, a URL with a password, without a role, host or database, or with
    /// parameters other than sslmode. Error messages never repeat the URL, which may hold a password.
    static Result<PostgresLocation> parse(const QString& url);

    QString role() const { return m_role; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    /// "postgresql://role@host:port/database", with the default port spelled out, so that one registry always has
    /// the same name: in messages, the window title, and the keychain entry of its password.
    QString canonicalUrl() const;
    /// For QSqlDatabase::setConnectOptions: the connect timeout, the application name the server shows, sslmode.
    QString connectOptions() const;

private:
    QString m_role;
    QString m_host;
    int m_port = DefaultPort;
    QString m_database;
    QString m_sslMode;
};

} // namespace AppKeys
