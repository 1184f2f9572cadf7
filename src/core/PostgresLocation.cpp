#include "PostgresLocation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

const QString SslModeParameter = u"sslmode"_s;

QString translate(const char* text)
{
    return QCoreApplication::translate("AppKeys::PostgresLocation", text);
}

Error invalid(const QString& message)
{
    return Error{message, translate("Write it as postgresql://role@host:port/database, for example "
                                    "postgresql://appkeys_admin@db.example.com:5432/appkeys.")};
}

Result<QString> sslModeOf(const QUrl& url)
{
    const QUrlQuery query(url);
    QString sslMode;
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        static const QStringList sslModes{u"disable"_s, u"allow"_s,     u"prefer"_s,
                                          u"require"_s, u"verify-ca"_s, u"verify-full"_s};
        if (name != SslModeParameter)
            return Error{translate("AppKeys does not understand the parameter “%1” of the PostgreSQL URL.").arg(name),
                         translate("Only sslmode is accepted, for example ?sslmode=verify-full.")};
        if (!sslModes.contains(value))
            return Error{translate("“%1” is not an sslmode PostgreSQL knows.").arg(value),
                         translate("Use one of: %1.").arg(sslModes.join(u", "_s))};
        sslMode = value;
    }
    return sslMode;
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
        return Error{translate("The PostgreSQL URL contains a password."),
                     translate("AppKeys reads the database password from the keychain, never from the URL: remove it "
                               "(postgresql://role@host:port/database). You enter it once, and it is kept in the "
                               "keychain.")};
    if (!parsed.isValid() || !isPostgresUrl(url))
        return invalid(translate("This PostgreSQL URL is not valid."));
    PostgresLocation location;
    location.m_role = parsed.userName();
    location.m_host = parsed.host();
    location.m_port = parsed.port(DefaultPort);
    location.m_database = parsed.path().mid(1);
    if (location.m_role.isEmpty())
        return invalid(translate("The PostgreSQL URL names no database role."));
    if (location.m_host.isEmpty())
        return invalid(translate("The PostgreSQL URL names no server."));
    if (location.m_database.isEmpty() || location.m_database.contains(u'/'))
        return invalid(translate("The PostgreSQL URL names no database."));
    const Result<QString> sslMode = sslModeOf(parsed);
    if (!sslMode)
        return sslMode.error();
    location.m_sslMode = sslMode.value();
    return location;
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
    if (!m_sslMode.isEmpty())
        options.append(SslModeParameter + u'=' + m_sslMode);
    return options.join(u';');
}

} // namespace AppKeys
