#include "PostgresConnectionError.h"

#include "ConnectionErrorCode.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace AppKeys::PostgresConnectionError {

namespace {

QString translate(const char* text)
{
    return QCoreApplication::translate("AppKeys::PostgresConnectionError", text);
}

QString serverName(const PostgresLocation& location)
{
    const QString host = location.host().contains(u':') ? u'[' + location.host() + u']' : location.host();
    return u"%1:%2"_s.arg(host).arg(location.port());
}

bool mentions(const QString& text, std::initializer_list<const char*> phrases)
{
    return std::any_of(phrases.begin(), phrases.end(),
                       [&text](const char* phrase) { return text.contains(QLatin1String(phrase)); });
}

Error passwordRejected(const PostgresLocation& location)
{
    return Error{translate("The database server %1 refused the password of the role “%2”.")
                     .arg(serverName(location), location.role()),
                 translate("Enter the role's password again; AppKeys keeps it in the keychain. If it was changed on "
                           "the server, ask the database admin for the new one."),
                 ConnectionErrorCode::PasswordRejected};
}

Error passwordWanted(const PostgresLocation& location)
{
    return Error{translate("The database server %1 wants a password for the role “%2”, and none is stored.")
                     .arg(serverName(location), location.role()),
                 translate("Enter the role's password once; AppKeys keeps it in the keychain."),
                 ConnectionErrorCode::PasswordRejected};
}

Error unknownHost(const PostgresLocation& location)
{
    return Error{translate("The database server “%1” is unknown.").arg(location.host()),
                 translate("Check the host name in the URL (postgresql://role@host:port/database), and that this "
                           "computer can resolve it (network, VPN, DNS)."),
                 ConnectionErrorCode::ServerUnreachable};
}

Error nothingListening(const PostgresLocation& location)
{
    return Error{translate("No database server answers at %1.").arg(serverName(location)),
                 translate("Check that PostgreSQL is running there and accepts TCP connections on that port "
                           "(listen_addresses, firewall), and that the port in the URL is right."),
                 ConnectionErrorCode::ServerUnreachable};
}

Error timedOut(const PostgresLocation& location)
{
    return Error{translate("The database server %1 did not answer within %2 seconds.")
                     .arg(serverName(location))
                     .arg(PostgresLocation::ConnectTimeoutSeconds),
                 translate("Check the network connection to the server, and that a firewall does not silently drop "
                           "the connection."),
                 ConnectionErrorCode::ServerUnreachable};
}

Error noSuchDatabase(const PostgresLocation& location)
{
    return Error{
        translate("There is no database “%1” on the server %2.").arg(location.database(), serverName(location)),
        translate("Check the database name in the URL. A new team registry needs an empty database and its "
                  "roles first: see “Team registry on PostgreSQL” in the README.")};
}

Error notAllowedIn(const PostgresLocation& location, const QString& serverText)
{
    return Error{translate("The database server %1 does not let the role “%2” connect to the database “%3”.")
                     .arg(serverName(location), location.role(), location.database()),
                 translate("Ask the database admin to grant it (GRANT CONNECT, pg_hba.conf). The server said: %1")
                     .arg(serverText.trimmed())};
}

QString posingHint()
{
    return translate("Otherwise someone may be posing as the server to read the role's password: do not connect, and "
                     "tell the database admin.");
}

Error unknownCertificateAuthority(const PostgresLocation& location)
{
    return Error{translate("The database server %1 showed a certificate that no certificate authority you trust "
                           "signed.")
                     .arg(serverName(location)),
                 translate("If the server's certificate comes from your organisation's own CA, give that CA's "
                           "certificate with ?sslrootcert=/path/to/ca.pem (or put it in ~/.postgresql/root.crt).") +
                     u' ' + posingHint(),
                 ConnectionErrorCode::ServerNotTrusted};
}

Error certificateForAnotherHost(const PostgresLocation& location)
{
    return Error{translate("The certificate of the database server %1 is not made out to “%2”.")
                     .arg(serverName(location), location.host()),
                 translate("Connect with the host name that the server's certificate names, or ask the database admin "
                           "for a certificate for “%1”.")
                         .arg(location.host()) +
                     u' ' + posingHint(),
                 ConnectionErrorCode::ServerNotTrusted};
}

Error noTrustedCertificates(const PostgresLocation& location)
{
    return Error{translate("AppKeys cannot check the certificate of the database server %1: no certificate authority "
                           "to check it with is set up.")
                     .arg(serverName(location)),
                 translate("Give the certificate of the CA that signed the server's certificate with "
                           "?sslrootcert=/path/to/ca.pem, or put it in ~/.postgresql/root.crt."),
                 ConnectionErrorCode::ServerNotTrusted};
}

Error noTls(const PostgresLocation& location)
{
    return Error{translate("The database server %1 does not offer TLS, and AppKeys connects to a remote server only "
                           "over TLS.")
                     .arg(serverName(location)),
                 translate("Ask the database admin to turn on ssl in postgresql.conf. Only on a network you trust, "
                           "add sslmode=disable&allow_plaintext=yes to the URL to connect without it."),
                 ConnectionErrorCode::ServerNotTrusted};
}

} // namespace

Error fromFailedOpen(const PostgresLocation& location, const QSqlError& error)
{
    const QString text = error.databaseText();
    if (mentions(text, {"certificate verify failed"}))
        return unknownCertificateAuthority(location);
    if (mentions(text, {"does not match host name"}))
        return certificateForAnotherHost(location);
    if (mentions(text, {"root certificate file"}))
        return noTrustedCertificates(location);
    if (mentions(text, {"server does not support SSL"}))
        return noTls(location);
    if (mentions(text, {"password authentication failed"}))
        return passwordRejected(location);
    if (mentions(text, {"no password supplied"}))
        return passwordWanted(location);
    if (mentions(text, {"could not translate host name"}))
        return unknownHost(location);
    if (mentions(text, {"timeout expired"}))
        return timedOut(location);
    if (mentions(text, {"Connection refused", "No route to host", "Network is unreachable"}))
        return nothingListening(location);
    if (mentions(text, {"database \""}) && mentions(text, {"does not exist"}))
        return noSuchDatabase(location);
    if (mentions(text, {"no pg_hba.conf entry", "permission denied for database", "role \""}))
        return notAllowedIn(location, text);
    return Error{translate("Could not connect to the registry %1.").arg(location.canonicalUrl()),
                 translate("The server said: %1").arg(text.trimmed().isEmpty() ? error.text() : text.trimmed()),
                 ConnectionErrorCode::Unrecognised};
}

} // namespace AppKeys::PostgresConnectionError
