#include "PostgresLocation.h"

#include "ErrorCode.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

const QString SslModeParameter = u"sslmode"_s;
const QString SslRootCertParameter = u"sslrootcert"_s;
const QString ChannelBindingParameter = u"channel_binding"_s;
const QString HostAddressParameter = u"hostaddr"_s;
const QString AllowPlaintextName = QString::fromLatin1(PostgresLocation::AllowPlaintextParameter);

const QStringList SslModes{u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};
/// The sslmodes with which libpq may send everything unencrypted.
const QStringList PlaintextSslModes{u"disable"_s, u"allow"_s, u"prefer"_s};
const QStringList ChannelBindings{u"disable"_s, u"prefer"_s, u"require"_s};
const QStringList YesNo{u"yes"_s, u"no"_s};

Error invalid(const QString& message)
{
    return Error{message, PostgresLocation::tr("Write it as postgresql://role@host:port/database, for example "
                                               "postgresql://appkeys_admin@db.example.com:5432/appkeys.")};
}

Status checkChoice(const QString& name, const QString& value, const QStringList& choices)
{
    if (choices.contains(value))
        return {};
    return Error{PostgresLocation::tr("“%1” is not a value AppKeys knows for the parameter %2 of the PostgreSQL URL.")
                     .arg(value, name),
                 PostgresLocation::tr("Use one of: %1.").arg(choices.join(u", "_s)), ErrorCode::InvalidInput};
}

Status checkRootCertificate(const QString& path)
{
    // QPSQL separates its options with ';', so a path holding one would be cut there.
    if (QDir::isAbsolutePath(path) && !path.contains(u';'))
        return {};
    return Error{PostgresLocation::tr("sslrootcert must be the absolute path of a file of CA certificates."),
                 PostgresLocation::tr("For example ?sslrootcert=/etc/ssl/certs/appkeys-db-ca.pem."),
                 ErrorCode::InvalidInput};
}

/// The four numbers of a dotted IPv4 address; empty when `text` is not one. (QHostAddress is Qt Network's.)
QList<int> ipv4Parts(const QString& text)
{
    static const QRegularExpression dotted(u"^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"_s);
    const QRegularExpressionMatch match = dotted.match(text);
    QList<int> parts;
    for (int group = 1; match.hasMatch() && group <= 4; ++group)
        parts.append(match.captured(group).toInt());
    const bool inRange = std::all_of(parts.begin(), parts.end(), [](int part) { return part <= 255; });
    return inRange ? parts : QList<int>();
}

bool isIpAddress(const QString& text)
{
    if (!ipv4Parts(text).isEmpty())
        return true;
    return text.contains(u':') && QUrl(u"postgresql://["_s + text + u"]/"_s, QUrl::StrictMode).isValid();
}

bool isLoopbackAddress(const QString& host)
{
    // QUrl writes an IPv6 host in its shortest form, without brackets.
    const QString ipv4 = host.startsWith(u"::ffff:"_s) ? host.mid(7) : host;
    const QList<int> parts = ipv4Parts(ipv4);
    return host == u"::1"_s || (!parts.isEmpty() && parts.first() == 127);
}

Status checkHostAddress(const QString& address)
{
    if (isIpAddress(address))
        return {};
    return Error{PostgresLocation::tr("hostaddr must be an IP address, such as 10.0.0.7."),
                 PostgresLocation::tr("Give the server's name as the host of the URL and its address as hostaddr; the "
                                      "certificate is checked against the name."),
                 ErrorCode::InvalidInput};
}

Error unknownParameter(const QString& name)
{
    return Error{
        PostgresLocation::tr("AppKeys does not understand the parameter “%1” of the PostgreSQL URL.").arg(name),
        PostgresLocation::tr("It accepts sslmode, sslrootcert, channel_binding, hostaddr and allow_plaintext, for "
                             "example ?sslmode=verify-full."),
        ErrorCode::InvalidInput};
}

/// libpq's conninfo syntax: a value in single quotes, with backslash and quote escaped.
QString quotedOption(const QString& name, const QString& value)
{
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u"%1='%2'"_s.arg(name, escaped);
}

} // namespace

bool PostgresLocation::hasPassword(const QString& url)
{
    const QString authority = url.section(u"//"_s, 1).section(u'/', 0, 0);
    const qsizetype at = authority.lastIndexOf(u'@');
    return at >= 0 && authority.left(at).contains(u':');
}

bool PostgresLocation::isPostgresUrl(const QString& location)
{
    static const QRegularExpression scheme(u"^postgres(ql)?://"_s, QRegularExpression::CaseInsensitiveOption);
    return scheme.match(location).hasMatch();
}

Result<PostgresLocation> PostgresLocation::parse(const QString& url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    // Checked first: even an otherwise broken URL must not carry a password into a message or a shell history.
    if (!parsed.password().isEmpty() || hasPassword(url))
        return Error{
            PostgresLocation::tr("The PostgreSQL URL contains a password."),
            PostgresLocation::tr("AppKeys reads the database password from the keychain, never from the URL: remove it "
                                 "(postgresql://role@host:port/database). You enter it once, and it is kept in the "
                                 "keychain.")};
    if (!parsed.isValid() || !isPostgresUrl(url))
        return invalid(PostgresLocation::tr("This PostgreSQL URL is not valid."));
    PostgresLocation location;
    location.m_role = parsed.userName();
    location.m_host = parsed.host();
    location.m_port = parsed.port(DefaultPort);
    location.m_database = parsed.path().mid(1);
    if (location.m_role.isEmpty())
        return invalid(PostgresLocation::tr("The PostgreSQL URL names no database role."));
    if (location.m_host.isEmpty())
        return invalid(PostgresLocation::tr("The PostgreSQL URL names no server."));
    if (location.m_database.isEmpty() || location.m_database.contains(u'/'))
        return invalid(PostgresLocation::tr("The PostgreSQL URL names no database."));
    for (const auto& [name, value] : QUrlQuery(parsed).queryItems(QUrl::FullyDecoded)) {
        Status accepted;
        if (name == SslModeParameter) {
            accepted = checkChoice(name, value, SslModes);
            location.m_sslMode = value;
        } else if (name == SslRootCertParameter) {
            accepted = checkRootCertificate(value);
            location.m_sslRootCert = value;
        } else if (name == ChannelBindingParameter) {
            accepted = checkChoice(name, value, ChannelBindings);
            location.m_channelBinding = value;
        } else if (name == HostAddressParameter) {
            accepted = checkHostAddress(value);
            location.m_hostAddress = value;
        } else if (name == AllowPlaintextName) {
            accepted = checkChoice(name, value, YesNo);
            location.m_allowPlaintext = value == u"yes"_s;
        } else {
            accepted = unknownParameter(name);
        }
        if (!accepted)
            return accepted.error();
    }
    if (Status encrypted = location.checkTransportIsEncrypted(); !encrypted)
        return encrypted.error();
    return location;
}

Status PostgresLocation::checkTransportIsEncrypted() const
{
    if (isLocal() || m_allowPlaintext || !PlaintextSslModes.contains(m_sslMode))
        return {};
    return Error{
        PostgresLocation::tr("AppKeys does not connect to the database server %1 with sslmode=%2: the connection may "
                             "be unencrypted, so that anyone on the network could read the role's password and the "
                             "registry, or pose as the server.")
            .arg(m_host, m_sslMode),
        PostgresLocation::tr("Leave sslmode out (AppKeys then uses verify-full: TLS, with the server's certificate "
                             "checked against its name), or give sslmode=verify-full and, if the server's certificate "
                             "is signed by your own CA, sslrootcert=/path/to/ca.pem. Only on a network you trust, add "
                             "allow_plaintext=yes to the URL to connect anyway."),
        ErrorCode::InsecureConnection};
}

bool PostgresLocation::isLocal() const
{
    return m_host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || isLoopbackAddress(m_host);
}

QString PostgresLocation::sslMode() const
{
    if (!m_sslMode.isEmpty() || isLocal())
        return m_sslMode;
    return QString::fromLatin1(RemoteDefaultSslMode);
}

QString PostgresLocation::canonicalUrl() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(m_role);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(u'/' + m_database);
    return url.toString();
}

QString PostgresLocation::connectOptions() const
{
    QStringList options{u"connect_timeout=%1"_s.arg(ConnectTimeoutSeconds), u"application_name=AppKeys"_s};
    if (const QString mode = sslMode(); !mode.isEmpty())
        options.append(SslModeParameter + u'=' + mode);
    if (!m_sslRootCert.isEmpty())
        options.append(quotedOption(SslRootCertParameter, m_sslRootCert));
    if (!m_channelBinding.isEmpty())
        options.append(ChannelBindingParameter + u'=' + m_channelBinding);
    if (!m_hostAddress.isEmpty())
        options.append(HostAddressParameter + u'=' + m_hostAddress);
    return options.join(u';');
}

} // namespace AppKeys
